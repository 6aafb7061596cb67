#!/usr/bin/env bash
# Regenerates default.ogg, the chime the overlay plays when a tier names no sound of its own:
# two bell notes a fifth apart (C6, then G6 140 ms later), each a fundamental with a quieter octave
# and an inharmonic partial, log-decayed, with a little reverb. Needs sox (apt-get install sox).
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

note() { # frequency output
    local f=$1 out=$2
    sox -n -r 44100 -c 1 "$work/a.wav" synth 1.4 sine "$f" fade l 0.004 1.4 1.36 vol 0.55
    sox -n -r 44100 -c 1 "$work/b.wav" synth 0.7 sine "$(echo "$f*2.76" | bc)" fade l 0.002 0.7 0.68 vol 0.12
    sox -n -r 44100 -c 1 "$work/c.wav" synth 1.0 sine "$(echo "$f*2" | bc)" fade l 0.003 1.0 0.97 vol 0.18
    sox -m "$work/a.wav" "$work/b.wav" "$work/c.wav" "$out"
}

note 1046.5 "$work/n1.wav"
note 1568 "$work/n2.wav"
sox "$work/n2.wav" "$work/n2d.wav" pad 0.14
sox -m "$work/n1.wav" "$work/n2d.wav" "$work/mix.wav" norm -3 reverb 25 50 60 trim 0 1.6 fade t 0 1.6 0.3 remix 1
# Vorbis quality 2: about 12 KB, well under the 30 KB the page budget allows for its sound.
sox "$work/mix.wav" -C 2 default.ogg
