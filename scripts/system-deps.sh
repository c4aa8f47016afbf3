#!/bin/sh
# Install the Debian packages the test suite needs, if any is missing:
# poppler-utils (pdffonts, pdftotext, pdftoppm) to check real PDFs,
# chromium + fonts-noto-cjk for the browser end-to-end tests of the workbench,
# libreoffice-writer-nogui to check that brief.docx opens and converts in LibreOffice,
# postgresql for the store tests on a throw-away PostgreSQL cluster (tests/pg_cluster.py),
# redis-server for the worker-mode tests on a throw-away Redis server (tests/redis_server.py).
set -e
need=""
command -v pdftotext >/dev/null 2>&1 || need="$need poppler-utils"
command -v chromium >/dev/null 2>&1 || need="$need chromium"
command -v soffice >/dev/null 2>&1 || need="$need libreoffice-writer-nogui"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need="$need postgresql"
command -v redis-server >/dev/null 2>&1 || need="$need redis-server"
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need="$need fonts-noto-cjk"
[ -z "$need" ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing Debian packages:$need"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
