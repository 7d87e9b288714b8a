#!/usr/bin/env bash
# Set-up and entry points, for a fresh machine and for CI.
#
#   ./run.sh          install everything, ingest the seed articles, print `dossier stats`
#   ./run.sh test     install everything, then lint, type-check, check the import layers
#                     and run the test suite
#
# Everything goes into ./.venv; nothing is installed system-wide except, for the
# test suite, the Debian packages the tests drive: chromium (pages are rendered in a
# real headless browser) and postgresql (the store is tested on a real server, which
# the tests start and stop themselves; nothing is left running).
set -euo pipefail
cd "$(dirname "$0")"

VENV=.venv
SHARED=${DOSSIER_SHARED:-../shared}
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3

install() {
    if [ ! -x "$VENV/bin/python" ]; then
        echo "creating $VENV"
        "$PYTHON" -m venv "$VENV"
    fi
    # Reinstall only when the dependency list changed since the last install.
    local stamp="$VENV/.installed" want
    want=$(sha256sum pyproject.toml | cut -d' ' -f1)
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        echo "installing dossier and its dependencies into $VENV"
        "$VENV/bin/pip" install --quiet --upgrade pip
        # the CPU build of torch first: any other spec pulls gigabytes of CUDA wheels
        "$VENV/bin/pip" install --quiet "torch==2.13.0"
        "$VENV/bin/pip" install --quiet -e ".[dev]"
        echo "$want" >"$stamp"
    fi
}

# The tests drive real programs from Debian: Chromium (Playwright's own browser download
# needs the network) and a PostgreSQL server that the tests start in a temporary folder.
system_packages() {
    local missing=()
    [ -x /usr/bin/chromium ] || missing+=(chromium chromium-driver)
    compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || missing+=(postgresql)
    [ ${#missing[@]} -eq 0 ] && return
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing ${missing[*]} (Debian) for the tests"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

demo() {
    export DOSSIER_DB=${DOSSIER_DB:-dossier.db}
    "$VENV/bin/dossier" ingest "$SHARED/seeds"
    "$VENV/bin/dossier" stats
    "$VENV/bin/dossier" ask "How many members does ISIS-K have?"
    echo
    echo "Next: source .venv/bin/activate, then 'dossier profile ISIS-K' or 'dossier serve'"
    echo "(http://127.0.0.1:8000/). README.md lists every command."
}

run_tests() {
    "$VENV/bin/ruff" check src tests bench
    "$VENV/bin/ruff" format --check src tests bench
    "$VENV/bin/mypy"
    "$VENV/bin/lint-imports"
    "$VENV/bin/pytest" "$@"
}

case "${1:-demo}" in
    demo) install; demo ;;
    test) shift; system_packages; install; run_tests "$@" ;;
    *) echo "usage: ./run.sh [demo | test [pytest args]]" >&2; exit 2 ;;
esac
