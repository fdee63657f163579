#!/usr/bin/env bash
# Every measurement, one table after another (about 36 minutes with the soak).
#   bash bench/run_all.sh            # start-up, interaction, and the 20,000-action soak
#   SOAK_ACTIONS=2000 bash bench/run_all.sh   # a shorter soak
set -euo pipefail
cd "$(dirname "$0")/.."
echo "## Start-up"; python bench/startup.py --runs 9
echo; echo "## Interaction"; python bench/interaction.py --runs 30 2>/dev/null
echo; echo "## Attract motion"; python bench/attract.py --cycles 2 2>/dev/null
echo; echo "## Fleet report (40 kiosks × 365 days)"; python bench/fleet.py --runs 3
echo; echo "## Soak"; python bench/soak.py --actions "${SOAK_ACTIONS:-20000}" 2>/dev/null | tail -3
echo; echo "## Content packs"; python bench/packs.py --runs 7 2>/dev/null
echo; echo "## Speech (key press to first audio)"; for l in en ru tk; do python bench/speech.py --runs 40 --lang "$l" 2>/dev/null | tail -1; done
