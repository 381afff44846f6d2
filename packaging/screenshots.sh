#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of every page of the console on demo data (alerts, moving video), each in its own X server
# (Xvfb) with a sound server, driven by keys as a person would (xdotool), into docs/screenshots/.
# Run by packaging/dev.sh screenshots after a build; packaging/screenshots.sh NAME... takes only those.
set -eu
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"

# shot NAME SIZE SECONDS KEYS [kestrel options...]: starts the demo console, waits, presses KEYS (xdotool
# words; "-" for none), waits a moment and takes the screen.
only="$*"
shot() {
    name=$1 size=$2 wait=$3 keys=$4
    shift 4
    if [ -n "$only" ] && ! echo " $only " | grep -q " $name "; then return 0; fi
    echo "== $out/$name.png ($size)"
    xvfb-run -a -s "-screen 0 ${size}x24" tests/with-audio.sh sh -c '
        ./build/app/kestrel --demo "$@" >/dev/null 2>&1 &
        console=$!
        sleep '"$wait"'
        if [ "'"$keys"'" != "-" ]; then
            # No window manager here: give the console the keyboard directly.
            xdotool search --sync --onlyvisible --name Kestrel windowfocus --sync >/dev/null 2>&1 || true
            for key in '"$keys"'; do
                case "$key" in
                type:*) xdotool type --delay 60 "${key#type:}" ;;
                *) xdotool key "$key" ;;
                esac
                sleep 0.4
            done
            sleep 2
        fi
        import -window root "'"$out/$name.png"'"
        # What the console wrote (letters, reports), kept from the throwaway HOME.
        mkdir -p /tmp/kestrel-shot-exports
        cp "$HOME/Documents/Kestrel exports/"* /tmp/kestrel-shot-exports/ 2>/dev/null || true
        kill $console
        wait $console || true
    ' sh "$@"
}

set --
shot signin 1600x900 8 "type:operator Tab type:not-my-password Return"
shot alerts 1600x900 45 "-" --user operator
shot alerts-keys 1600x900 30 "j j c F1" --user operator
shot cameras 1600x900 30 "-" --user operator --page cameras
shot dashboard 1600x900 20 "-" --user supervisor --page dashboard
shot search 1600x900 20 "type:*12* Tab Tab type:43/10021/26 Tab Tab Tab Tab space Tab Tab space" --user investigator --page search
shot search-refused 1600x900 20 "type:*12* Tab Tab type:43/10021/26 Tab type:2025-01-01 Return" --user investigator --page search
shot authorisations 1600x900 20 "-" --user supervisor --page authorisations
shot audit 1600x900 20 "-" --user auditor --page audit
# The Hotlists page replacing the PNC list from a 1,000,000-line extract, caught half way.
if [ -z "$only" ] || echo " $only " | grep -q " hotlists "; then
    awk 'BEGIN { print "vrm,list,category,priority,action,source,reference,effective,expiry";
                 for (i = 0; i < 1000000; i++) printf "PN%07d,PNC,stolen vehicle,,,PNC,PNC/%d,,\n", i, i }' \
        >/tmp/kestrel-pnc-extract.csv
fi
shot hotlists 1600x900 20 "Tab Tab Tab Tab Tab Tab type:/tmp/kestrel-pnc-extract.csv Tab Tab Tab type:PNC Tab space" \
    --user supervisor --page hotlists
shot clones 1600x900 20 "-" --user investigator --page clones
shot clones-report 1600x900 20 "ctrl+n type:Sam\ Driver Tab type:01632\ 960555 Tab type:KT21ABC Tab type:43/12001/26 Tab type:Vauxhall Tab type:Corsa Tab type:blue" --user operator --page clones
# The letter to the keeper of the demo's cloned plate, as the console writes it (shift+Tab from the case list
# reaches the letter button), rendered to an image.
if [ -z "$only" ] || echo " $only " | grep -q " clone-letter "; then
    rm -rf /tmp/kestrel-shot-exports
    wanted=$only
    only=clone-letter-console
    shot clone-letter-console 1600x900 20 "shift+Tab shift+Tab space" --user operator --page clones
    rm -f "$out/clone-letter-console.png"
    pdftoppm -png -r 70 -singlefile /tmp/kestrel-shot-exports/*letter*.pdf "$out/clone-letter"
    only=$wanted
fi
shot alerts-light-1366 1366x768 40 "-" --user operator --theme light
shot alerts-contrast-large 1600x900 40 "ctrl+plus ctrl+plus ctrl+plus" --user operator --theme contrast
shot locked 1600x900 25 "ctrl+l" --user operator
# Every text 40% longer than English (as Welsh often is), at 1366x768: nothing may clip into its neighbour.
python3 translations/pseudo_long.py translations/kestrel_en_GB.ts build/kestrel_long.ts
/usr/lib/qt6/bin/lrelease -silent build/kestrel_long.ts -qm build/kestrel_long.qm
KESTREL_TRANSLATION_FILE=$PWD/build/kestrel_long.qm shot alerts-long-text-1366 1366x768 30 "-" --user supervisor
echo "screenshots in $out"
