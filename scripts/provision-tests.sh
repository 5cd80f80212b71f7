#!/usr/bin/env bash
# What `npm test` needs beyond `npm ci`, from Debian's packages: MariaDB's server and client cores (the Forge SQL
# stores are tested on a private server the tests start; the core packages bring no system service), Chromium and a
# font for the browser journeys. Installs only what is missing, and only as root; without root it names the
# packages to install and stops.
set -euo pipefail

missing=()
if [ ! -x /usr/sbin/mariadbd ] && [ ! -x /usr/sbin/mysqld ]; then missing+=(mariadb-server-core); fi
if [ ! -x /usr/bin/my_print_defaults ]; then missing+=(mariadb-client-core); fi
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then missing+=(chromium); fi
if ! dpkg -s fonts-liberation >/dev/null 2>&1; then missing+=(fonts-liberation); fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "npm test needs these Debian packages: ${missing[*]}" >&2
  echo "install them as root (apt-get install --no-install-recommends ${missing[*]}) or run npm test as root" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "npm test needs ${missing[*]} (Debian's package names) and this machine has no apt-get: install their equivalents" >&2
  exit 1
fi
echo "installing ${missing[*]} for the tests" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
