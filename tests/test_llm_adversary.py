"""The LLM writer against the adversarial stand-in (tests/adversary_openai.py) over real HTTP on
127.0.0.1: for each class the writer has closed, no planted lie reaches the written text, and no
true re-expression of a figure is dropped, by the writer or by the final grounding check."""

from __future__ import annotations

from typing import Any

import adversary_openai as adv
import pytest
from test_llm_writer import COMPUTE, DAY, GREEN, KEY

from dailybrief.settings import Settings
from dailybrief.write.grounding import ground_output
from dailybrief.write.llm import LLMWriter

CLOSED = (
    "instruction", "refusal", "role_text", "markup_injection", "huge_reply", "repeated_sentences",
    "latin_body", "changed_value", "swapped_unit", "invented_figure", "invented_title",
    "invented_date", "fullwidth_digits", "zero_width_digits", "chinese_numeral_lie", "multiplier",
    "invented_body", "classifier_swap", "unitless_licenses_unit", "bound_flip", "swapped_figures",
    "deadline_pubdate", "no_number_approval", "no_number_status", "invented_spokesman",
    "invented_cause", "invented_quote", "negation_flip", "unlisted_suffix_body",
)


def _run(classes: str) -> tuple[Any, list[dict[str, Any]]]:
    with adv.AdversaryServer() as server:
        settings = Settings(writer="llm", llm_base_url=server.url(classes), llm_model=adv.MODEL,
                            llm_timeout_s=5.0, retries=0, backoff_s=0.01, llm_concurrency=2)
        writer = LLMWriter(settings, env={**KEY, "DAILYBRIEF_LLM_API_KEY": adv.API_KEY})
        output = writer.write([GREEN, COMPUTE], day=DAY, title="新质生产力每日动态",
                              extractive_summary="EXTRACTIVE SUMMARY")
        records = list(server.adversary.records)
    grounded, _ = ground_output(output, [GREEN, COMPUTE])
    return grounded, records


def _published(output: Any) -> str:
    return output.summary + "\n".join(p for s in output.sections for p in s.paragraphs)


@pytest.mark.parametrize("name", CLOSED)
def test_no_lie_of_a_closed_class_reaches_the_text(name: str) -> None:
    output, records = _run(name)
    text = _published(output)
    planted = [r for r in records if r["kind"] == "lie"]
    reached = [r["lie"] for r in planted if adv.found(r, text)]
    assert not reached, f"{name}: {reached}"
    assert len(text) < 4000


def test_rejected_replies_fall_back_with_the_reason_and_are_counted() -> None:
    output, _ = _run("instruction")
    assert any("used the extractive" in line and "instruction" in line for line in output.log)
    usage = dict(output.usage)
    assert usage["rejected"] >= 2 and usage["requests"] >= usage["calls"] >= 2


def test_true_reexpressions_are_kept_by_the_writer_and_the_grounding_check() -> None:
    output, records = _run("true_reexpression")
    text = _published(output)
    truths = [r for r in records if r["kind"] == "truth"]
    assert truths
    dropped = [r["lie"] for r in truths if not adv.found(r, text)]
    assert not dropped
