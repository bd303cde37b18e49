#!/usr/bin/env bash
# LinkScope's one entry point for people and CI.
#   ./dev.sh run    install what is missing, build, launch LinkScope in demo mode
#   ./dev.sh test   install what is missing, build, run every test through ctest
#   ./dev.sh deps   only install the Debian packages
#   ./dev.sh build [preset]   only configure and build (default preset: dev)
set -euo pipefail
cd "$(dirname "$0")"

# Debian 12 packages; see the README for why each is here.
PACKAGES=(
  g++ cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  qtkeychain-qt6-dev libqpid-proton-cpp12-dev libnghttp2-dev libsimdjson-dev libssl-dev openssl
  libjemalloc-dev zlib1g-dev
  clang libclang-rt-14-dev
  python3-qpid-proton nghttp2-client nghttp2-server rabbitmq-server
  xvfb xauth fonts-wqy-microhei dbus-daemon
  dpkg-dev file man-db help2man lintian desktop-file-utils appstream systemd bash-completion
)

deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "Installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
  local preset="${1:-dev}"
  cmake --preset "$preset"
  cmake --build --preset "$preset"
}

case "${1:-}" in
  deps)
    deps
    ;;
  build)
    deps
    build "${2:-dev}"
    ;;
  run)
    deps
    build dev
    shift
    exec build/dev/bin/linkscope --demo "$@"
    ;;
  test)
    deps
    build dev
    ctest --preset dev
    # The same suite under AddressSanitizer + UBSan (leaks included).
    build asan
    ctest --preset asan
    # The decoder fuzz target needs its own clang build with sanitizers.
    build fuzz
    ctest --preset fuzz
    ;;
  *)
    sed -n '2,7p' "$0"
    exit 2
    ;;
esac
