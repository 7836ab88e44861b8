#!/usr/bin/env bash
# Regenerates the conversion corpus: figures, PDFs (Chromium, LibreOffice, simulated scans), ground truth and
# manifest. Developer machines only (needs chromium, libreoffice-writer, poppler-utils, imagemagick, python3);
# the outputs are committed and CI never runs this. Pass source names (e.g. syllabus) to re-render only those,
# or --truth-only to rewrite the ground truth and manifest without rendering.
set -euo pipefail
cd "$(dirname "$0")"
./make-images.sh
python3 gen.py "$@"
du -sh pdf truth | sed 's/^/size: /'
