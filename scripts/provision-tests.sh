#!/usr/bin/env bash
# What `npm test` needs beyond `npm ci`, from Debian's packages: MariaDB (the Forge SQL stores are tested on a
# private server), Chromium and a font for the browser journeys. Installs only what is missing, and only as root;
# without root it names the packages to install and stops.
set -euo pipefail

missing=()
if [ ! -x /usr/sbin/mariadbd ] && [ ! -x /usr/sbin/mysqld ]; then missing+=(mariadb-server); fi
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then missing+=(chromium); fi
if ! dpkg -s fonts-liberation >/dev/null 2>&1; then missing+=(fonts-liberation); fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "npm test needs these Debian packages: ${missing[*]}" >&2
  echo "install them as root (apt-get install --no-install-recommends ${missing[*]}) or run npm test as root" >&2
  exit 1
fi
echo "installing ${missing[*]} for the tests" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
