"""Each source's outcome in one run, and what the run as a whole amounts to.

Exit codes of `dailybrief run` (a monitor or a systemd unit can act on them):

    0  the brief was written: every enabled source gave pages, or some failed and a
       warning line names them (a partial run is still the day's brief)
    1  the run failed (an error it printed as one line)
    2  bad usage or configuration
    3  partial, with --strict: some sources failed (the brief was written from the others)
    4  nothing could be fetched from any source: no brief was written
    5  another run is using the same database
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from ..models import OutcomeKind, Page, Reason, Rejection, Source, SourceOutcome, Stage

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_NOTHING = 4
EXIT_BUSY = 5

STATUS_OK = "ok"
STATUS_PARTIAL = "partial"
STATUS_NOTHING = "nothing_fetched"

# A list page or feed that answered but listed nothing: the site changed, it is not down.
_EMPTY_REASONS = {Reason.NO_LINKS.value}


def source_outcomes(
    sources: Sequence[Source], rejections: Iterable[Rejection], pages: Iterable[Page]
) -> tuple[SourceOutcome, ...]:
    """Return each enabled source's outcome: ok with its page count, empty, or failed and why."""
    per_source = Counter(p.source_id for p in pages)
    own: dict[str, Rejection] = {}
    article_failures: dict[str, Counter[str]] = {}
    first_detail: dict[tuple[str, str], str] = {}
    for r in rejections:
        if r.stage is Stage.DISCOVER or r.stage == Stage.DISCOVER.value:
            own.setdefault(r.source_id, r)
        elif r.stage is Stage.FETCH or r.stage == Stage.FETCH.value:
            article_failures.setdefault(r.source_id, Counter())[str(r.reason)] += 1
            first_detail.setdefault((r.source_id, str(r.reason)), r.detail)
    out = []
    for source in sources:
        if not source.enabled:
            continue
        n = per_source[source.id]
        failed_own = own.get(source.id)
        if n:
            out.append(SourceOutcome(source.id, OutcomeKind.OK, n))
        elif failed_own is not None and str(failed_own.reason) in _EMPTY_REASONS:
            out.append(SourceOutcome(source.id, OutcomeKind.EMPTY, 0, str(failed_own.reason),
                                     failed_own.detail[:200]))
        elif failed_own is not None:
            out.append(SourceOutcome(source.id, OutcomeKind.FAILED, 0, str(failed_own.reason),
                                     failed_own.detail[:200]))
        elif source.id in article_failures:
            reason = article_failures[source.id].most_common(1)[0][0]
            detail = f"every article failed; e.g. {first_detail[(source.id, reason)]}"
            out.append(SourceOutcome(source.id, OutcomeKind.FAILED, 0, reason, detail[:200]))
        else:
            out.append(SourceOutcome(source.id, OutcomeKind.EMPTY, 0, Reason.NO_LINKS.value,
                                     "no article came from this source"))
    return tuple(out)


def run_status(outcomes: Sequence[SourceOutcome], pages_fetched: int) -> str:
    """Return the run's status as stored in the runs table: ok, partial or nothing_fetched."""
    if pages_fetched == 0:
        return STATUS_NOTHING
    if any(o.kind is OutcomeKind.FAILED for o in outcomes):
        return STATUS_PARTIAL
    return STATUS_OK


def exit_code(status: str, *, strict: bool = False) -> int:
    """Return the exit code of a run with this status (see the module docstring): a partial
    run wrote the day's brief, so it exits 0 unless the caller asked for strict codes."""
    partial = EXIT_PARTIAL if strict else EXIT_OK
    return {STATUS_OK: EXIT_OK, STATUS_PARTIAL: partial, STATUS_NOTHING: EXIT_NOTHING}.get(
        status, EXIT_ERROR)
