#!/usr/bin/env bash
# The Debian package as a user gets it, one ctest per step:
#   check_deb.sh BUILD_DIR build      cpack makes the .deb; dpkg-deb -x unpacks it into BUILD_DIR/packages/root
#   check_deb.sh BUILD_DIR contents   every file a user needs is in it, nothing of the build tree
#   check_deb.sh BUILD_DIR run        the installed programs run from the unpacked tree, the demo in zh_CN
#   check_deb.sh BUILD_DIR validate   desktop-file-validate, appstreamcli validate, systemd-analyze verify
#   check_deb.sh BUILD_DIR lintian    lintian reports no errors
set -euo pipefail
build=$(cd "$1" && pwd)
step=$2
packages=$build/packages
root=$packages/root
app_id=io.github.linkscope.LinkScope

fail() { echo "FAIL: $*" >&2; exit 1; }
deb() {
    local d
    d=$(ls "$packages"/linkscope_*_*.deb 2>/dev/null | head -n1)
    [ -n "$d" ] || fail "no linkscope_*.deb in $packages (the 'build' step makes it)"
    echo "$d"
}

case $step in
build)
    rm -rf "$packages"
    (cd "$build" && cpack -G DEB --config CPackConfig.cmake)
    d=$(deb)
    echo "built $(basename "$d") ($(du -h "$d" | cut -f1))"
    dpkg-deb -x "$d" "$root"
    dpkg-deb -I "$d"
    ;;

contents)
    d=$(deb)
    [[ $(basename "$d") =~ ^linkscope_[0-9][0-9.]*_amd64\.deb$ ]] || fail "unexpected file name $(basename "$d")"
    for f in usr/bin/linkscope usr/bin/linkscope-collect usr/bin/linkscope-api usr/bin/linkscope-sim \
        usr/share/linkscope/translations/linkscope_zh_CN.qm usr/share/linkscope/translations/linkscope_en.qm \
        usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml \
        usr/share/icons/hicolor/scalable/apps/$app_id.svg \
        usr/share/icons/hicolor/48x48/apps/$app_id.png usr/share/icons/hicolor/128x128/apps/$app_id.png \
        usr/share/icons/hicolor/256x256/apps/$app_id.png \
        usr/share/man/man1/linkscope.1.gz usr/share/man/man1/linkscope-collect.1.gz \
        usr/share/man/man1/linkscope-api.1.gz usr/share/man/man1/linkscope-sim.1.gz \
        usr/share/bash-completion/completions/linkscope-collect \
        usr/lib/systemd/system/linkscope-collect@.service \
        usr/share/doc/linkscope/copyright usr/share/doc/linkscope/changelog.gz \
        usr/share/doc/linkscope/examples/collect-example.conf; do
        [ -e "$root/$f" ] || fail "missing from the package: /$f"
    done
    # The PNGs are the sizes their folders say.
    for s in 48 128 256; do
        info=$(file "$root/usr/share/icons/hicolor/${s}x${s}/apps/$app_id.png")
        [[ $info == *"$s x $s"* ]] || fail "icon ${s}x${s} is not $s px: $info"
    done
    # Nothing of the build tree or the tests.
    if dpkg-deb -c "$d" | grep -E '\.(a|o|h|cmake)$|/tst_|/bench_|rendericon'; then
        fail "build or test files in the package (above)"
    fi
    control=$(dpkg-deb -f "$d" Depends Recommends Suggests)
    echo "$control"
    for want in libqt6sql6-sqlite qt6-qpa-plugins libqt6core6 'gnome-keyring | kwalletmanager'; do
        [[ $control == *"$want"* ]] || fail "the control file lacks $want"
    done
    # Built with jemalloc (not in sanitizer builds): the package needs it.
    for prog in linkscope linkscope-collect; do
        if readelf -d "$root/usr/bin/$prog" | grep -qF libjemalloc; then
            [[ $control == *libjemalloc2* ]] || fail "$prog links jemalloc; the control file lacks libjemalloc2"
        fi
    done
    # Every man page is a man page (man renders it without warnings).
    for p in "$root"/usr/share/man/man1/*.1.gz; do
        out=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l "$p" 2>&1 >/dev/null) || true
        [ -z "$out" ] || fail "man warns about $(basename "$p"): $out"
        zcat "$p" | grep -qF -- '\-\-help' || fail "$(basename "$p") lists no options"
    done
    zcat "$root/usr/share/man/man1/linkscope-collect.1.gz" | grep -qF -- '\-\-appsecret\-file' \
        || fail "linkscope-collect.1 lacks --appsecret-file"
    ;;

run)
    bin=$root/usr/bin
    export QT_QPA_PLATFORM=offscreen
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/run
    mkdir -m 0700 -p "$XDG_RUNTIME_DIR"
    version=$("$bin/linkscope" --version)
    echo "$version"
    [[ $version == "LinkScope "[0-9]* ]] || fail "linkscope --version printed: $version"
    "$bin/linkscope-collect" --help | grep -q -- '--appsecret-file' || fail "linkscope-collect --help"
    "$bin/linkscope-api" --help >/dev/null || fail "linkscope-api --help"
    "$bin/linkscope-sim" --help >/dev/null || fail "linkscope-sim --help"
    # bash completion: options from the installed program's --help, values for the fixed choices.
    comp=$(PATH=$bin:$PATH bash -c '
        source /usr/share/bash-completion/bash_completion
        source "$1/usr/share/bash-completion/completions/linkscope-collect"
        c() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="${COMP_WORDS[*]}"
              COMP_POINT=${#COMP_LINE}; COMPREPLY=()
              _linkscope_collect linkscope-collect "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"; echo "${COMPREPLY[*]}"; }
        c linkscope-collect --pro; c linkscope-collect --protocol ""; c linkscope-collect --region cn
        c linkscope-collect --appsecret' _ "$root")
    echo "completion: $(echo "$comp" | tr '\n' '|')"
    [ "$comp" = $'--protocol --profile\namqp http2\ncn-shanghai\n--appsecret-file' ] \
        || fail "bash completion of linkscope-collect completed: $comp"
    # The installed .qm is found from the install prefix: the help is in
    # Chinese from the unpacked tree, and in English from a copy of the same
    # binary that has no share/ beside it.
    zh=$(LANGUAGE=zh_CN LANG=zh_CN.UTF-8 "$bin/linkscope" --help)
    echo "$zh" | head -n 4
    echo "$zh" | grep -qP '[\x{4e00}-\x{9fff}]' || fail "linkscope --help is not in Chinese from the installed tree"
    mkdir -p "$home/lonely/bin"
    cp "$bin/linkscope" "$home/lonely/bin/"
    if LANGUAGE=zh_CN LANG=zh_CN.UTF-8 "$home/lonely/bin/linkscope" --help | grep -qP '[\x{4e00}-\x{9fff}]'; then
        fail "a linkscope with no share/linkscope/translations beside it still found Chinese: not the installed .qm"
    fi
    # The demo, from the installed copy (its emulator is the installed linkscope-sim), in Chinese.
    shot=$build/screenshots/installed-demo-zh_CN.png
    mkdir -p "$(dirname "$shot")"
    rm -f "$shot"
    LANGUAGE=zh_CN LANG=zh_CN.UTF-8 "$bin/linkscope" --demo --quit-after 8000 --screenshot "$shot" \
        2> "$home/demo.log" || { cat "$home/demo.log" >&2; fail "linkscope --demo from the package exited with $?"; }
    [ -s "$shot" ] || fail "no screenshot at $shot"
    file "$shot"
    [ -d "$XDG_DATA_HOME/LinkScope/LinkScope/demo" ] || fail "the installed demo kept no history under XDG_DATA_HOME"
    echo "screenshot: $shot"
    ;;

validate)
    desktop-file-validate "$root/usr/share/applications/$app_id.desktop"
    appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml"
    # The metainfo names the desktop entry, the entry names the icon, and the window's class.
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
        "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "metainfo launchable"
    grep -q "^Icon=$app_id$" "$root/usr/share/applications/$app_id.desktop" || fail "desktop Icon="
    grep -q "^StartupWMClass=LinkScope$" "$root/usr/share/applications/$app_id.desktop" || fail "StartupWMClass"
    # The unit, against the unpacked tree (its ExecStart must exist there).
    unit=$root/usr/lib/systemd/system/linkscope-collect@.service
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    # An instance of the template; its ExecStart must exist, so it points into the unpacked tree.
    sed "s|/usr/bin/linkscope-collect|$root/usr/bin/linkscope-collect|" "$unit" > "$tmp/linkscope-collect@test.service"
    out=$(systemd-analyze verify --man=no "$tmp/linkscope-collect@test.service" 2>&1) \
        || { echo "$out" >&2; fail "systemd-analyze verify"; }
    # It prints nothing for a good unit; anything it says (an unknown or bad setting) is a failure.
    [ -z "$out" ] || { echo "$out" >&2; fail "systemd-analyze verify complained (above)"; }
    echo "systemd-analyze verify: ok"
    ;;

lintian)
    d=$(deb)
    lintian --version
    # Errors fail; warnings and infos are listed (packaging/README.md says why each is left).
    lintian --display-info --fail-on error "$d" || fail "lintian reported errors (above)"
    ;;

*)
    echo "usage: check_deb.sh BUILD_DIR build|contents|run|validate|lintian" >&2
    exit 2
    ;;
esac
