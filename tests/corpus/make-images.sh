#!/usr/bin/env bash
# Draws the corpus figures (no text in them, so they add no words the ground truth does not know about).
set -euo pipefail
cd "$(dirname "$0")/src/img"
convert -size 680x340 xc:white -stroke black -strokewidth 3 -fill '#cfe2f3' \
  -draw "rectangle 220,10 460,60" \
  -draw "rectangle 80,120 280,170" -draw "rectangle 400,120 600,170" \
  -draw "rectangle 20,240 160,290" -draw "rectangle 190,240 330,290" \
  -draw "rectangle 350,240 490,290" -draw "rectangle 520,240 660,290" \
  -fill none -draw "line 340,60 180,120" -draw "line 340,60 500,120" \
  -draw "line 180,170 90,240" -draw "line 180,170 260,240" \
  -draw "line 500,170 420,240" -draw "line 500,170 590,240" \
  -strip merge-tree.png
convert -size 440x300 xc:white -stroke black -strokewidth 2 \
  -draw "line 40,270 420,270" -draw "line 40,270 40,20" \
  -fill '#9fc5e8' -draw "rectangle 70,140 120,270" -draw "rectangle 190,110 240,270" -draw "rectangle 310,80 360,270" \
  -fill '#1c4587' -draw "rectangle 125,100 175,270" -draw "rectangle 245,90 295,270" -draw "rectangle 365,70 415,270" \
  -strip bar-chart.png
convert -size 600x300 xc:white -stroke black -strokewidth 2 -fill none \
  -draw "line 40,270 580,270" -draw "line 40,270 40,20" \
  -stroke '#cc0000' -strokewidth 4 -draw "polyline 60,200 160,190 260,170 360,160 460,140 560,120" \
  -stroke '#0b5394' -draw "polyline 60,230 160,215 260,210 360,190 460,185 560,170" \
  -stroke '#38761d' -draw "polyline 60,120 160,115 260,100 360,95 460,80 560,70" \
  -strip line-chart.png
