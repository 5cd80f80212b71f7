// keytar binds to the desktop keychain (libsecret on Linux) and compiles against it on install. The only
// users here are Forge's tools, which load it in a try/catch and fall back to FORGE_EMAIL and FORGE_API_TOKEN.
throw new Error('keytar is left out of this install: set FORGE_EMAIL and FORGE_API_TOKEN for the Forge CLI');
