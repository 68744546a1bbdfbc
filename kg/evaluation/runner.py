"""Choose evaluation sets, run kg on each and collect one :class:`SetScore` per set."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError, KGError, available
from .scores import SetScore

if TYPE_CHECKING:
    from ..pipeline import Settings
    from ..types import Document, RawTriple
    from .system import SystemTriple


@dataclass(frozen=True, slots=True)
class EvalSet:
    """An evaluation set: its name, its file under ``eval/dev`` (none for the sample), language."""

    name: str
    file: str | None
    lang: str


SETS: dict[str, EvalSet] = {s.name: s for s in (
    EvalSet("sample", None, "de"),
    EvalSet("conll04", "conll04_dev.en.jsonl", "en"),
    EvalSet("benchie-de", "benchie_dev.de.jsonl", "de"),
    EvalSet("benchie-en", "benchie_dev.en.jsonl", "en"),
    EvalSet("smartdata", "smartdata_dev.de.jsonl", "de"),
)}


def parse_sets(text: str | None) -> tuple[EvalSet, ...]:
    """Parse ``--sets`` ("a,b,…"; empty or "all" = every set), keeping the given order."""
    names = [n.strip().lower() for n in (text or "all").split(",") if n.strip()]
    if not names or names == ["all"]:
        return tuple(SETS.values())
    unknown = [n for n in names if n not in SETS]
    if unknown:
        raise ConfigError(f"unknown evaluation set {', '.join(unknown)}; "
                          f"expected any of {available(SETS)} (comma-separated) or all")
    return tuple(SETS[n] for n in dict.fromkeys(names))


def parse_models(text: str | None) -> dict[str, str]:
    """Parse ``--model``: ``NAME`` (every set) or ``de=NAME,en=NAME`` (per language)."""
    if not text:
        return {}
    models: dict[str, str] = {}
    for part in (p.strip() for p in text.split(",") if p.strip()):
        lang, sep, name = part.partition("=")
        if sep and lang.strip() in ("de", "en") and name.strip():
            models[lang.strip()] = name.strip()
        elif sep:
            raise ConfigError(f"--model {part!r}: expected NAME or de=NAME / en=NAME")
        else:
            models["*"] = part
    return models


OPENIE_EXTRACTOR = "kg.openie_extractor.v1"
OPENIE_SETS = frozenset({"benchie-de", "benchie-en"})  # BenchIE scores open information extraction


def set_extractor(spec: EvalSet) -> str:
    """Return the extractor a set is scored with by default (BenchIE: open IE, else kg's)."""
    from ..pipeline import DEFAULT_EXTRACTOR

    return OPENIE_EXTRACTOR if spec.name in OPENIE_SETS else DEFAULT_EXTRACTOR


def settings_for(spec: EvalSet, base: Settings, models: Mapping[str, str],
                 extractor: str | None = None) -> Settings:
    """Return the settings one set runs with: its language forced, its model, larger batches.

    The extractor is ``extractor`` when given, else ``base.extractor`` when it is not kg's
    default, else the set's own (:func:`set_extractor`: the BenchIE sets score open IE, so they
    run ``kg.openie_extractor.v1``).
    """
    from ..pipeline import DEFAULT_EXTRACTOR
    from .system import eval_settings

    model = models.get(spec.lang) or models.get("*") or base.model
    settings = eval_settings(replace(base, lang=spec.lang, model=model))
    chosen = extractor or (base.extractor if base.extractor != DEFAULT_EXTRACTOR
                           else set_extractor(spec))
    settings = replace(settings, extractor=chosen)
    if chosen == OPENIE_EXTRACTOR:
        from ..extract.openie import register

        register()
        if spec.name in OPENIE_SETS:
            # BenchIE's gold has no facts for appositions ("Arminius, leader of …"): off here
            settings = replace(settings, extractor_options=(("appositions", False),))
    return settings


def extractors_for(spec: EvalSet, chosen: str | None) -> tuple[str, ...]:
    """Return the extractors a set is scored with: the chosen one, then the set's own if other."""
    own = set_extractor(spec)
    return tuple(dict.fromkeys([chosen, own])) if chosen else (own,)


def run_open(docs: Sequence[Document], settings: Settings,
             failures: list[str]) -> Iterator[tuple[Document, list[SystemTriple]]]:
    """Analyse ``docs`` and yield each one's extractions unresolved (open-IE facts as extracted).

    Open-IE facts are scored as the extractor states them: resolution would drop every fact
    whose argument is a pronoun without antecedent in its one-sentence record ("Er diente …").
    A document whose analysis raises is yielded with no triples and its error recorded.
    """
    from ..pipeline import analyse

    pending = list(docs)
    while pending:
        done = 0
        try:
            for analysis in analyse(pending, settings):
                yield analysis.document, [raw_triple(t, analysis.document.text)
                                          for t in analysis.raw]
                done += 1
            return
        except Exception as err:  # one broken document must not end the whole evaluation
            if done >= len(pending):
                raise
            failures.append(f"{pending[done].id}: {type(err).__name__}: {err}")
            yield pending[done], []
            pending = pending[done + 1:]


def raw_triple(triple: RawTriple, text: str = "") -> SystemTriple:
    """Reduce an unresolved triple to a :class:`SystemTriple` (labels = mention texts)."""
    from .system import SystemTriple

    trigger = triple.provenance.trigger
    surface = text[trigger[0]:trigger[1]] if trigger and text else ""
    pred = triple.predicate
    return SystemTriple(
        doc_id=triple.provenance.doc_id, subject=triple.subject.text,
        relation=surface or pred.lemma or pred.label, object=triple.object.text,
        predicate_id=pred.id, predicate_lemma=pred.lemma, predicate_label=pred.label,
        subject_label=triple.subject.text, object_label=triple.object.text,
        negated=triple.negated, subject_span=(triple.subject.start, triple.subject.end),
        object_span=(triple.object.start, triple.object.end),
        subject_type=str(triple.subject.type), object_type=str(triple.object.type))


def run_set(spec: EvalSet, shared: Path, settings: Settings, limit: int | None = None) -> SetScore:
    """Run kg on one evaluation set and score it."""
    if spec.file is None:
        from . import sample

        return sample.score(shared, settings)
    from . import benchie, conll04, smartdata
    from .records import read_records
    from .system import documents, run_kg

    path = shared / "eval" / "dev" / spec.file
    if not path.exists():
        raise ConfigError(f"missing {path}: the shared folder {shared} has no {spec.name} set")
    records = list(read_records(path, limit))
    start = time.perf_counter()
    docs = list(documents(records))
    failures: list[str] = []
    run = run_open if settings.extractor == OPENIE_EXTRACTOR else run_kg
    produced = {doc.id: triples for doc, triples in run(docs, settings, failures)}
    pairs = [(rec, produced.get(rec.id, [])) for rec in records]
    seconds = time.perf_counter() - start
    if spec.name == "conll04":
        result = conll04.score(pairs, conll04.load_mapping(), seconds, spec.name)
    elif spec.name == "smartdata":
        result = smartdata.score(pairs, seconds, spec.name)
    else:
        result = benchie.score(spec.name, pairs, seconds)
    return replace(result, errors=tuple(failures))


def evaluate(sets: Sequence[EvalSet], shared: Path, base: Settings, limit: int | None = None,
             models: Mapping[str, str] | None = None,
             on_start: Callable[[EvalSet], None] | None = None,
             extractor: str | None = None) -> Iterator[SetScore]:
    """Yield the score of every set in turn (``on_start`` is told before each runs).

    With ``extractor``, each set is scored with it and, when that is not the set's own
    extractor, also with the set's own; the row of the other extractor is named
    ``"<set> [<extractor>]"``. A set that cannot run at all (missing file or model) gives a row
    with ``n = 0`` and the error, so the other sets are still scored.
    """
    for spec in sets:
        if on_start:
            on_start(spec)
        own = set_extractor(spec)
        for name in extractors_for(spec, extractor):
            label = spec.name if name == own else f"{spec.name} [{name}]"
            try:
                score = run_set(spec, shared, settings_for(spec, base, models or {}, name), limit)
                yield replace(score, name=label, extractor=name)
            except KGError as err:
                yield SetScore(label, 0, None, None, None, errors=(str(err),), extractor=name)


def git_commit(folder: Path) -> str | None:
    """Return the short commit hash of the repository holding ``folder``, if any."""
    try:
        done = subprocess.run(["git", "-C", str(folder), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() or None if done.returncode == 0 else None


def run_meta(shared: Path, base: Settings, limit: int | None,
             models: Mapping[str, str], extractor: str | None = None) -> dict[str, Any]:
    """Return what a results file records besides the figures: when, what code, what settings."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        kg_version = version("kg")
    except PackageNotFoundError:
        kg_version = None
    return {
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "kg_version": kg_version,
        "commit": git_commit(Path(__file__).resolve().parent),
        "extractor": extractor or base.extractor,
        "models": dict(models),
        "limit": limit,
        "shared": str(shared),
    }
