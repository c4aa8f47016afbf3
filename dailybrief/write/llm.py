"""The optional LLM writer: model-written paragraphs, every figure checked against the cited pages.

`LLMWriter(settings, cache_dir=...).write(drafts, day=..., title=..., extractive_summary=...)`
asks any OpenAI-compatible /chat/completions endpoint (DeepSeek, DashScope, Ollama, vLLM) for a
facts paragraph and an analysis paragraph per storyline and for the day's 摘要. Each reply is
checked with `verify.find_unsupported`: a reply that states a figure, date, 《document》 or body
the cited pages do not is regenerated once with the complaint listed; if it still fails, the
offending sentences are removed, or the extractive paragraphs are used. Every such step is
logged in `WriterOutput.log`. Calls, retries, the reply cache and usage are in llm_client.py.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import jinja2

from ..analyse.facts import is_distinctive
from ..errors import WriterError
from ..models import Fact, FactKind, Reference, Section, SectionDraft, WriterOutput
from ..settings import Settings
from ..text import squash
from .llm_client import CallFailed, ChatClient, Messages, Usage, load_llm_config
from .sanity import reply_problem, without_doubled_sentences
from .verify import (
    Claim,
    Evidence,
    build_evidence,
    find_unsupported,
    remove_unsupported,
    sentences_of,
    sources_stating,
    support_pages,
    support_texts,
)

logger = logging.getLogger(__name__)

PROMPTS_DIR = Path(__file__).with_name("prompts")
MIN_KEPT_SHARE = 0.5  # a paragraph that lost more than half its sentences is not used
SECTION_KEYS = frozenset(("title", "facts", "analysis", "refs"))
TITLE_MAX_CHARS = 30
TITLE_NUMBERING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d+[.、])\s*")
SUMMARY_KEYS = frozenset(("summary",))
REF_MARKER = re.compile(r"\s*[\[【［](\d{1,3})[\]】］]")
MARKDOWN_HEADING = re.compile(r"^\s*#")
LIST_LINE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d+[.、](?!\d)|[-*•]\s|\*\*|（[一二三四五六七八九十\d]+）)")
# What the model is told when its reply cannot be read (shown in the retry prompt).
FORMAT_PROBLEMS_ZH = {
    "not_json": "不是合法的 JSON 对象",
    "missing": "缺少键或键值不是非空字符串：{keys}",
    "extra": "有不该出现的键：{keys}",
    "sections": "{key} 里出现了标题、列表或多段文字，只能是一段连续的文字",
}
RETRY_WHAT_ZH = {"section": "这两段", "summary": "摘要"}
CN_COUNTS = dict(enumerate("一二三四五六七八九十", 1))


# --- replies ------------------------------------------------------------------------------


class BadReply(Exception):
    """A reply that is not the JSON asked for; `problem_zh` goes back to the model."""

    def __init__(self, problem: str, problem_zh: str) -> None:
        super().__init__(problem)
        self.problem_zh = problem_zh


_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)\s*```", re.S)
_THINKING = re.compile(r"<think>.*?</think>", re.S)  # reasoning models (qwen3, deepseek-r1 on Ollama)


def parse_json_object(content: str, keys: frozenset[str], required: frozenset[str]) -> dict[str, Any]:
    """Return the JSON object in a reply (```json fences tolerated); raise BadReply if it is not one."""
    text = _THINKING.sub("", content).strip()
    fenced = _FENCE.search(text)
    text = fenced.group(1) if fenced else text
    try:
        data = json.loads(text)
    except ValueError:
        start, end = text.find("{"), text.rfind("}")
        try:
            data = json.loads(text[start:end + 1]) if 0 <= start < end else None
        except ValueError:
            data = None
    if not isinstance(data, dict):
        raise BadReply("reply is not a JSON object", FORMAT_PROBLEMS_ZH["not_json"])
    extra = sorted(set(data) - keys)
    if extra:
        raise BadReply(f"reply has unexpected keys {extra}", FORMAT_PROBLEMS_ZH["extra"].format(keys="、".join(extra)))
    missing = sorted(k for k in required if not isinstance(data.get(k), str) or not data[k].strip())
    if missing:
        raise BadReply(f"reply lacks {missing}", FORMAT_PROBLEMS_ZH["missing"].format(keys="、".join(missing)))
    return data


def clean_paragraph(text: str, key: str) -> tuple[str, list[int]]:
    """Return one paragraph of reply text without reference markers, and the markers' numbers."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if any(MARKDOWN_HEADING.match(line) for line in lines) or (
            len(lines) > 1 and any(LIST_LINE.match(line) for line in lines)):
        raise BadReply(f"{key} holds headings or a list", FORMAT_PROBLEMS_ZH["sections"].format(key=key))
    joined = "".join(lines)
    refs = [int(n) for n in REF_MARKER.findall(joined)]
    return REF_MARKER.sub("", joined).replace("（）", "").replace("()", "").strip(), refs


@dataclass(frozen=True, slots=True)
class SectionText:
    facts: str
    analysis: str
    refs: tuple[int, ...]
    title: str = ""


def parse_section_reply(content: str) -> SectionText:
    """Return the facts and analysis paragraphs and the declared references of a section reply."""
    data = parse_json_object(content, SECTION_KEYS, frozenset(("facts", "analysis")))
    facts, marked = clean_paragraph(data["facts"], "facts")
    analysis, marked_too = clean_paragraph(data["analysis"], "analysis")
    raw_refs = data.get("refs") or []
    refs = [int(r) for r in raw_refs if isinstance(r, int | str) and str(r).strip().isdigit()] if isinstance(raw_refs, list) else []
    title = data.get("title")
    title = TITLE_NUMBERING.sub("", squash(title)).rstrip("。") if isinstance(title, str) else ""
    return SectionText(facts, analysis, tuple(dict.fromkeys(refs + marked + marked_too)), title)


def parse_summary_reply(content: str) -> str:
    """Return the 摘要 of a summary reply."""
    data = parse_json_object(content, SUMMARY_KEYS, SUMMARY_KEYS)
    return clean_paragraph(data["summary"], "summary")[0]


def checked_title(title: str, evidence: Evidence) -> tuple[str, str]:
    """Return the model's section title if it may be published, else "" and why not: at most
    30 characters, a sane text, and every figure, date, document and body in it stated (and,
    like a facts sentence, stated by an aligned sentence of the cited pages)."""
    if not title:
        return "", ""
    if len(title) > TITLE_MAX_CHARS:
        return "", f"is {len(title)} characters (at most {TITLE_MAX_CHARS})"
    problem = reply_problem({"title": title}, evidence.raw)
    if problem:
        return "", f"is unusable ({problem.reason})"
    claims = find_unsupported(title, evidence, role="title")
    if claims:
        return "", "states what the cited pages do not: " + "; ".join(c.reason for c in claims)
    return title, ""


# --- the writer ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Attempt:
    content: str
    text: Any  # SectionText | str | None when the reply could not be read
    problem: str = ""
    problem_zh: str = ""
    claims: tuple[Claim, ...] = ()

    @property
    def ok(self) -> bool:
        return self.text is not None and not self.claims


@dataclass(frozen=True, slots=True)
class _SectionResult:
    section: Section
    log: tuple[str, ...]
    facts: str


class LLMWriter:
    """Writes each section and the 摘要 with an LLM; nothing unsupported reaches the brief."""

    def __init__(self, settings: Settings, cache_dir: Path | None = None, *,
                 env: Mapping[str, str] | None = None) -> None:
        self.settings = settings
        self.config = load_llm_config(settings, env)
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.templates = jinja2.Environment(
            loader=jinja2.FileSystemLoader(PROMPTS_DIR), undefined=jinja2.StrictUndefined,
            trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, autoescape=False)

    def write(self, drafts: Sequence[SectionDraft], *, day: date, title: str = "",
              extractive_summary: str = "") -> WriterOutput:
        """Return model-written sections and 摘要; raise WriterError on a wrong key, model or URL."""
        title = title or self.settings.title
        usage = Usage()
        client = ChatClient(self.config, self.cache_dir, usage, self.settings.user_agent)
        try:
            results = self._write_sections(client, drafts, title)
            summary, summary_log = self._write_summary(client, drafts, results, day, title, extractive_summary)
        finally:
            client.close()
        log = [line for r in results for line in r.log] + summary_log
        return WriterOutput(summary=summary, sections=tuple(r.section for r in results),
                            log=tuple(log), usage=usage.as_pairs(self.config))

    def _write_sections(self, client: ChatClient, drafts: Sequence[SectionDraft],
                        title: str) -> list[_SectionResult]:
        with ThreadPoolExecutor(max_workers=self.config.concurrency) as pool:
            futures = [pool.submit(self._write_section, client, d, i, title)
                       for i, d in enumerate(drafts, 1)]
            try:
                return [f.result() for f in futures]
            except WriterError:
                pool.shutdown(wait=True, cancel_futures=True)
                raise

    def _system(self, title: str) -> dict[str, str]:
        return {"role": "system", "content": self.templates.get_template("system.md.j2").render(title=title)}

    def _write_section(self, client: ChatClient, draft: SectionDraft, index: int,
                       title: str) -> _SectionResult:
        label = f"section {index} 「{draft.title}」"
        evidence = build_evidence(support_texts(draft), [support_pages(draft)])
        messages = [self._system(title), {"role": "user", "content": self._section_prompt(draft)}]
        try:
            first = self._attempt(client, messages, evidence, parse_section_reply)
        except CallFailed as exc:
            return self._fallback(client, draft, [f"{label}: used the extractive paragraphs — the LLM call failed: {exc}"])
        if first.ok:
            return self._section(draft, first.text, [], evidence)
        final, log = self._regenerate(client, messages, first, "section", evidence, label)
        if final.ok:
            return self._section(draft, final.text, log, evidence)
        if final.text is None:
            return self._fallback(client, draft, [*log, f"{label}: used the extractive paragraphs — the reply {_describe(final)}"])
        return self._trimmed_section(client, draft, final.text, evidence, label, log)

    def _regenerate(self, client: ChatClient, messages: Messages, first: _Attempt, what: str,
                    evidence: Evidence, label: str) -> tuple[_Attempt, list[str]]:
        """Ask once more with the complaints listed; return the reply to use and the log so far."""
        parse = parse_section_reply if what == "section" else parse_summary_reply
        try:
            second = self._retry(client, messages, first, what, evidence, parse)
        except CallFailed as exc:
            return first, [f"{label}: could not regenerate ({exc}); the first reply {_describe(first)}"]
        client.usage.add(regenerated=1)
        return second, [f"{label}: regenerated once — the first reply {_describe(first)}"]

    def _attempt(self, client: ChatClient, messages: Messages, evidence: Evidence,
                 parse: Callable[[str], Any]) -> _Attempt:
        content = client.complete(messages)
        try:
            text = parse(content)
        except BadReply as exc:
            client.usage.add(rejected=1)
            return _Attempt(content, None, str(exc), exc.problem_zh)
        if isinstance(text, SectionText):
            text = SectionText(without_doubled_sentences(text.facts),
                               without_doubled_sentences(text.analysis), text.refs, text.title)
        else:
            text = without_doubled_sentences(text)
        fields = ({"facts": text.facts, "analysis": text.analysis} if isinstance(text, SectionText)
                  else {"summary": text})
        problem = reply_problem(fields, evidence.raw)
        if problem:
            client.usage.add(rejected=1)
            return _Attempt(content, None, problem.reason, problem.zh)
        if isinstance(text, SectionText):
            claims = (find_unsupported(text.facts, evidence)
                      + find_unsupported(text.analysis, evidence, analysis=True))
        else:
            claims = find_unsupported(text, evidence, role="summary")
        return _Attempt(content, text, claims=tuple(claims))

    def _retry(self, client: ChatClient, messages: Messages, failed: _Attempt, what: str,
               evidence: Evidence, parse: Callable[[str], Any]) -> _Attempt:
        prompt = self.templates.get_template("retry.md.j2").render(
            claims=failed.claims, format_problem=failed.problem_zh, what=RETRY_WHAT_ZH[what])
        retry = [*messages, {"role": "assistant", "content": failed.content},
                 {"role": "user", "content": prompt}]
        return self._attempt(client, retry, evidence, parse)

    def _trimmed_section(self, client: ChatClient, draft: SectionDraft, text: SectionText,
                         evidence: Evidence, label: str, log: list[str]) -> _SectionResult:
        facts, removed_facts = remove_unsupported(text.facts, evidence)
        analysis, removed_analysis = remove_unsupported(text.analysis, evidence, analysis=True)
        if not _kept_enough(text.facts, facts):
            reasons = "; ".join(c.reason for c in removed_facts)
            return self._fallback(client, draft, [*log, f"{label}: used the extractive paragraphs — "
                                                        f"the facts paragraph still states: {reasons}"])
        removed = _removal_lines(label, removed_facts + removed_analysis)
        client.usage.add(sentences_removed=len(removed))
        return self._section(draft, SectionText(facts, analysis, text.refs, text.title), [*log, *removed],
                             evidence)

    def _section(self, draft: SectionDraft, text: SectionText, log: list[str],
                 evidence: Evidence | None = None) -> _SectionResult:
        kept = extractive_sentences_with_missing_facts(draft, text.facts + text.analysis)
        if kept:
            log = [*log, f"section {draft.title[:20]}: kept {len(kept)} source sentence(s) stating "
                         "facts the model left out"]
        title, refused = checked_title(text.title, evidence) if evidence else ("", "")
        if refused:
            log = [*log, f"section {draft.title[:20]}: kept the headline as title — the model's title "
                         f"“{text.title[:40]}” {refused}"]
        paragraphs = tuple(p for p in (text.facts + "".join(kept), text.analysis) if p)
        section = Section(title=title or draft.title, paragraphs=paragraphs,
                          references=references_used(draft, text.refs, "".join(paragraphs)),
                          story_id=draft.story.id)
        for line in log:
            logger.info("%s", line)
        return _SectionResult(section, tuple(log), text.facts)

    def _fallback(self, client: ChatClient, draft: SectionDraft, log: list[str]) -> _SectionResult:
        for line in log:
            logger.warning("%s", line)
        client.usage.add(fallbacks=1)
        section = Section(title=draft.title, paragraphs=tuple(draft.paragraphs),
                          references=tuple(r.n for r in draft.references), story_id=draft.story.id)
        return _SectionResult(section, tuple(log), draft.paragraphs[0] if draft.paragraphs else "")

    def _section_prompt(self, draft: SectionDraft) -> str:
        return self.templates.get_template("section.md.j2").render(
            title=draft.title,
            references=[_reference_row(r) for r in draft.references],
            sentences=list(draft.sentences),
            facts=[(n, f.text) for n, f in draft.facts],
        )

    def _write_summary(self, client: ChatClient, drafts: Sequence[SectionDraft],
                       results: Sequence[_SectionResult], day: date, title: str,
                       extractive_summary: str) -> tuple[str, list[str]]:
        if not drafts:
            return extractive_summary, []
        meta = summary_support(drafts[:0], day, len(drafts))
        evidence = build_evidence(summary_support(drafts, day),
                                  [[*support_pages(d), (meta[0], "")] for d in drafts])
        prompt = self.templates.get_template("summary.md.j2").render(
            day=f"{day.year}年{day.month}月{day.day}日", title=title,
            sections=[{"title": d.title, "facts": r.facts, "figures": key_figures(d)}
                      for d, r in zip(drafts, results, strict=True)])
        messages = [self._system(title), {"role": "user", "content": prompt}]
        try:
            first = self._attempt(client, messages, evidence, parse_summary_reply)
        except CallFailed as exc:
            return self._summary_fallback(client, extractive_summary, [f"summary: used the extractive summary — the LLM call failed: {exc}"])
        if first.ok:
            return first.text, []
        final, log = self._regenerate(client, messages, first, "summary", evidence, "summary")
        if final.ok:
            return final.text, log
        if final.text is not None:
            summary, removed = remove_unsupported(final.text, evidence, role="summary")
            if _kept_enough(final.text, summary):
                lines = _removal_lines("summary", removed)
                client.usage.add(sentences_removed=len(lines))
                return summary, log + lines
        return self._summary_fallback(client, extractive_summary, [*log, f"summary: used the extractive summary — the reply {_describe(final)}"])

    def _summary_fallback(self, client: ChatClient, extractive_summary: str,
                          log: list[str]) -> tuple[str, list[str]]:
        for line in log:
            logger.warning("%s", line)
        client.usage.add(fallbacks=1)
        return extractive_summary, log


def _reference_row(r: Reference) -> dict[str, Any]:
    return {"n": r.n, "publisher": r.publisher, "published": r.published.isoformat(), "title": r.title}


def summary_support(drafts: Sequence[SectionDraft], day: date, threads: int | None = None) -> list[str]:
    """Return what the 摘要 may state: every cited page, the brief's date and its number of threads."""
    n = len(drafts) if threads is None else threads
    meta = f"{day.year}年{day.month}月{day.day}日 {n}条线索 {CN_COUNTS.get(n, n)}条线索"
    return [t for d in drafts for t in support_texts(d)] + [meta]


def references_used(draft: SectionDraft, declared: Sequence[int], text: str) -> tuple[int, ...]:
    """Return the draft's reference numbers the section uses: those the model declared and
    those whose page states one of its figures, dates, documents or bodies (all if none)."""
    numbers = [r.n for r in draft.references]
    pages = [(n, page) for n, page in draft.sources if n in numbers]
    stating = {pages[i][0] for i in sources_stating(text, [page for _, page in pages])}
    used = [n for n in numbers if n in declared or n in stating]
    return tuple(used or numbers)


def extractive_sentences_with_missing_facts(draft: SectionDraft, written: str) -> list[str]:
    """Return the extractive paragraphs' sentences stating a key figure, deadline,
    《document》, document or article number, range or duration that the model's text lacks, so
    the LLM writer never loses a fact."""
    if not draft.paragraphs:
        return []
    kinds = (FactKind.FIGURE, FactKind.DEADLINE, FactKind.DOCUMENT, FactKind.DOC_NUMBER, FactKind.ARTICLE,
             FactKind.RANGE, FactKind.DURATION)
    have = squash(written)
    missing = {squash(f.text) for _, f in draft.facts
               if f.kind in kinds and is_distinctive_fact(f) and squash(f.text) not in have}
    out: list[str] = []
    for s in (s for p in draft.paragraphs for s in sentences_of(p)):  # a deadline may be in the second
        key = squash(s)
        if any(m in key for m in missing) and key not in have:
            out.append(s)
            have += key
            missing = {m for m in missing if m not in key}
    return out


def is_distinctive_fact(fact: Fact) -> bool:
    return fact.kind is not FactKind.FIGURE or is_distinctive(fact)


def key_figures(draft: SectionDraft, limit: int = 4) -> list[str]:
    """Return up to `limit` figures and deadlines of a draft, for the summary prompt."""
    kinds = (FactKind.FIGURE, FactKind.DEADLINE)
    return list(dict.fromkeys(f.text for _, f in draft.facts if f.kind in kinds))[:limit]


def _kept_enough(before: str, after: str) -> bool:
    total, kept = len(sentences_of(before)), len(sentences_of(after))
    return kept > 0 and kept >= MIN_KEPT_SHARE * total


def _removal_lines(label: str, claims: Sequence[Claim]) -> list[str]:
    by_sentence: dict[str, list[str]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c.reason)
    return [f"{label}: removed “{s}” — {'; '.join(reasons)}" for s, reasons in by_sentence.items()]


def _describe(attempt: _Attempt) -> str:
    if attempt.text is None:
        return f"was unusable ({attempt.problem})"
    return "had unsupported claims: " + "; ".join(c.reason for c in attempt.claims)
