# Sourced by the packaging checks: install Debian packages they need, when missing.
# As root they are installed with apt-get; otherwise the check stops and names them.
APT_UPDATED=""
apt_install() {
    if [ "$(id -u)" != 0 ]; then
        echo "Missing Debian packages; install them with: sudo apt-get install $*" >&2
        exit 1
    fi
    echo "apt-get install $*"
    [ -n "$APT_UPDATED" ] || { apt-get update -qq -o DPkg::Lock::Timeout=600; APT_UPDATED=1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        -o DPkg::Lock::Timeout=600 "$@" > /dev/null
}
# need_apt PACKAGE:COMMAND ...: install PACKAGE when COMMAND is not on the PATH.
need_apt() {
    local missing=() pair
    for pair in "$@"; do
        command -v "${pair#*:}" > /dev/null || missing+=("${pair%%:*}")
    done
    [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
}
# need_packages PACKAGE ...: install the packages dpkg does not list as installed.
need_packages() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2> /dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
}
# The system libraries the bundle's Qt needs (the .deb's Depends; the README's apt line).
runtime_packages() { grep -v '^#' "$(dirname "${BASH_SOURCE[0]}")/../runtime-packages.txt" | xargs; }
need_runtime_libraries() { need_packages $(runtime_packages); }
