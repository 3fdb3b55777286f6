"""Round 217 study: could a learned speaker chooser beat the rules on text they were not tuned on?

``python -m benchmarks.speaker_chooser`` reads only the tuning splits (``dev``, ``tuning2`` to
``tuning61``: :data:`tests.quotes.scoring.TUNING_SPLITS`) and prints:

1. the oracle: for each labelled quotation the rules extract but give a wrong speaker (or none
   where the label names one), whether the labelled speaker is among the candidates that can be
   built from the extractor's own output: (a) the speakers it gives anywhere in the article,
   (b) those plus every person or body its speaker table resolved (``SpeakerTable.entities``),
   by split group;
2. a chooser (a conditional-logit ranking model over the candidates, plain Python) fitted on
   one group of splits and tested on the other (``dev``..``tuning40`` -> ``tuning41``..``tuning61``
   and the reverse): quotations it turns wrong -> right and right -> wrong, and in how many
   articles; then (2b) the same ranker with the rules' choice hidden: its accuracy alone, who is
   right where it disagrees with the rules, and what it does used only to fill the quotations
   the rules leave without a speaker;
3. the counts that bound what it can learn (how many errors the training part holds).

Standard library only; no rule of :mod:`herald_tui.quotes` changes. The extractor's internals
are observed by wrapping ``herald_tui.quotes._resolve`` (the mentions of each paragraph and the
entity each resolves to), which changes nothing it returns.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import herald_tui.quotes as hq
from herald_tui.model import Quote
from herald_tui.quotes._speakers import Entity, SpeakerTable
from tests.quotes.scoring import TUNING_SPLITS, load, match

GROUPS = {
    "dev..tuning20": TUNING_SPLITS[:20],
    "tuning21..40": TUNING_SPLITS[20:40],
    "tuning41..61": TUNING_SPLITS[40:],
}
PART_A = TUNING_SPLITS[:40]  # dev, tuning2 .. tuning40
PART_B = TUNING_SPLITS[40:]  # tuning41 .. tuning61
FEATURES = (
    "rules",  # the rules chose this candidate
    "none",  # the candidate is "no speaker"
    "none_x_rules_gave",  # "no speaker" while the rules gave one
    "same_para_before",  # a mention in the quotation's paragraph, before it
    "same_para_after",  # ... after it
    "near_words",  # closeness in words to the quotation in its paragraph (1 = adjacent)
    "same_sentence",  # a mention with no sentence end between it and the quotation
    "para_dist",  # paragraphs to the nearest mention, scaled 0..1 (1 = none within 5)
    "prev_para",  # a mention in the paragraph before
    "subject_here",  # a subject mention in this or the previous paragraph
    "spoke_here",  # the subject of a reporting verb in this paragraph
    "spoke_prev",  # the rules' speaker of the previous quotation
    "spoke_often",  # share of the article's quotations the rules give it
    "person",
    "body",
    "named",  # has a name (not only a role phrase)
    "mentions",  # log of its mention count
    "first_named",  # the first entity the article names
)


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


@dataclass
class Candidate:
    key: str
    full: str | None
    short: str | None
    entity: Entity | None = None
    mentions: list[Any] = field(default_factory=list)

    def right(self, gold: str | None) -> bool:
        """The scorer's test (:func:`tests.quotes.scoring.speaker_right`) for this speaker."""
        if gold is None or self.full is None:
            return gold is None and self.full is None
        return _norm(gold) == _norm(self.short or "") or _norm(gold) in _norm(self.full)


@dataclass
class Item:
    """One labelled quotation the rules extracted, with its candidates."""

    split: str
    article: str
    gold: str | None
    rules: int  # index of the rules' choice among candidates
    candidates: list[Candidate]
    features: list[list[float]]
    in_rules_speakers: bool  # gold among the speakers the rules give in the article
    in_all: bool  # gold among all candidates


_seen: list[tuple[list[Any], dict[int, Entity], SpeakerTable]] = []
_original_resolve = hq._resolve


def _recording_resolve(narrations: list[Any], table: SpeakerTable) -> dict[int, Entity]:
    resolved = _original_resolve(narrations, table)
    _seen.append((narrations, resolved, table))
    return resolved


def _extract(
    article: dict[str, Any],
) -> tuple[tuple[Quote, ...], list[Any], dict[int, Entity], SpeakerTable]:
    _seen.clear()
    hq._resolve = _recording_resolve
    try:
        quotes = hq.extract_quotes(article["headline"], article["paragraphs"])
    finally:
        hq._resolve = _original_resolve
    narrations, resolved, table = _seen[-1]
    return quotes, narrations, resolved, table


def _pairs(gold: list[dict[str, Any]], found: tuple[Quote, ...]) -> list[tuple[int, int]]:
    """The scorer's one-to-one matching, in the order the quotations were found."""
    return sorted(match(gold, found), key=lambda pair: pair[1])


def _sentence_end_between(text: str, a: int, b: int) -> bool:
    chunk = text[min(a, b) : max(a, b)]
    return any(mark in chunk for mark in (". ", "? ", "! "))


def _features(
    cand: Candidate,
    quote: Quote,
    texts: list[str],
    prev_speaker: str | None,
    shares: dict[str, float],
    rules_key: str,
    first_key: str,
) -> list[float]:
    is_none = cand.full is None
    p = -1 if quote.paragraph is None else quote.paragraph
    f = dict.fromkeys(FEATURES, 0.0)
    f["rules"] = float(cand.key == rules_key)
    f["none"] = float(is_none)
    f["none_x_rules_gave"] = float(is_none and rules_key != "")
    f["spoke_prev"] = float(not is_none and cand.full == prev_speaker)
    f["spoke_often"] = shares.get(cand.key, 0.0)
    if is_none:
        f["para_dist"] = 1.0
        return [f[name] for name in FEATURES]
    ent = cand.entity
    f["person"] = float(ent is not None and ent.person)
    f["body"] = float(ent is not None and ent.org)
    f["named"] = float(ent is not None and bool(ent.name))
    f["mentions"] = math.log1p(len(cand.mentions)) / 3
    f["first_named"] = float(cand.key == first_key)
    best_para = 5
    best_words = 99.0
    for m in cand.mentions:
        mp = m.paragraph if m.paragraph is not None else -1
        best_para = min(best_para, abs(mp - p))
        if mp == p - 1:
            f["prev_para"] = 1.0
            if m.subject:
                f["subject_here"] = 1.0
        if mp != p or p < 0:
            continue
        text = texts[p]
        if m.subject:
            f["subject_here"] = 1.0
        if m.spoke:
            f["spoke_here"] = 1.0
        if m.end <= quote.start:
            f["same_para_before"] = 1.0
            gap = text[m.end : quote.start]
            edge = m.end
            far = quote.start
        else:
            f["same_para_after"] = 1.0
            end = quote.end if quote.last_paragraph in (None, p) else len(text)
            gap = text[end : m.start] if m.start >= end else ""
            edge, far = end, max(end, m.start)
        best_words = min(best_words, float(len(gap.split())))
        if not _sentence_end_between(text, edge, far):
            f["same_sentence"] = 1.0
    f["para_dist"] = best_para / 5
    f["near_words"] = 1.0 / (1.0 + best_words) if best_words < 99 else 0.0
    return [f[name] for name in FEATURES]


def _items(split: str) -> list[Item]:
    items: list[Item] = []
    for article in load(split):
        quotes, narrations, resolved, table = _extract(article)
        texts = [p if isinstance(p, str) else "" for p in article["paragraphs"]]
        by_entity: dict[int, list[Any]] = defaultdict(list)
        for nar in narrations:
            for mention in nar.mentions.values():
                ent = resolved.get(id(mention))
                if ent is not None:
                    by_entity[id(ent)].append(mention)
        cands: dict[str, Candidate] = {"": Candidate("", None, None)}
        first_key = ""
        for ent in table.entities:
            if not ent.full:
                continue
            key = _norm(ent.full)
            if key not in cands:
                cands[key] = Candidate(key, ent.full, ent.short, ent, by_entity.get(id(ent), []))
                if not first_key and ent.name:
                    first_key = key
        rules_speakers: set[str] = set()
        for q in quotes:
            if q.speaker is None:
                continue
            key = _norm(q.speaker)
            rules_speakers.add(key)
            if key not in cands:  # the rules' full form may add a description
                cands[key] = Candidate(key, q.speaker, q.speaker_short)
        counts: dict[str, float] = defaultdict(float)
        for q in quotes:
            counts[_norm(q.speaker) if q.speaker else ""] += 1 / max(1, len(quotes))
        cand_list = list(cands.values())
        gold: list[dict[str, Any]] = article["quotes"]
        for gi, qi in _pairs(gold, quotes):
            q = quotes[qi]
            prev = quotes[qi - 1].speaker if qi > 0 else None  # the quotation read before
            rules_key = _norm(q.speaker) if q.speaker else ""
            g = gold[gi]["speaker"]
            feats = [_features(c, q, texts, prev, counts, rules_key, first_key) for c in cand_list]
            rules_idx = next(i for i, c in enumerate(cand_list) if c.key == rules_key)
            items.append(
                Item(
                    split,
                    article.get("id", "?"),
                    g,
                    rules_idx,
                    cand_list,
                    feats,
                    any(c.right(g) for c in cand_list if c.key in rules_speakers or not c.key),
                    any(c.right(g) for c in cand_list),
                )
            )
    return items


def _score(weights: list[float], x: list[float]) -> float:
    return sum(w * v for w, v in zip(weights, x, strict=True))


def fit(items: list[Item], epochs: int = 60, rate: float = 0.1, l2: float = 1e-3) -> list[float]:
    """Conditional logit over each quotation's candidates, fitted by stochastic gradient on
    the quotations whose labelled speaker is among them (the others teach nothing)."""
    usable = [it for it in items if it.in_all]
    weights = [0.0] * len(FEATURES)
    weights[FEATURES.index("rules")] = 1.0  # start from the rules
    order = list(range(len(usable)))
    rng = random.Random(217)
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch / 10)
        for i in order:
            it = usable[i]
            scores = [_score(weights, x) for x in it.features]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            gold = [c.right(it.gold) for c in it.candidates]
            gold_mass = sum(e for e, r in zip(exps, gold, strict=True) if r)
            for k in range(len(weights)):
                expected = sum(e * x[k] for e, x in zip(exps, it.features, strict=True)) / total
                observed = (
                    sum(e * x[k] for e, x, r in zip(exps, it.features, gold, strict=True) if r)
                    / gold_mass
                )
                weights[k] += step * (observed - expected - l2 * weights[k])
    return weights


BLIND = ("rules", "none_x_rules_gave")
"""The features that tell the rules' choice: zeroed for the rules-blind ranker."""


def blind(items: list[Item]) -> list[Item]:
    """``items`` with the features that tell the rules' choice zeroed."""
    drop = [FEATURES.index(name) for name in BLIND]
    out = []
    for it in items:
        feats = [[0.0 if k in drop else v for k, v in enumerate(x)] for x in it.features]
        out.append(
            Item(
                it.split,
                it.article,
                it.gold,
                it.rules,
                it.candidates,
                feats,
                it.in_rules_speakers,
                it.in_all,
            )
        )
    return out


def top(weights: list[float], item: Item) -> int:
    scores = [_score(weights, x) for x in item.features]
    return scores.index(max(scores))


def blind_report(weights: list[float], items: list[Item]) -> dict[str, Any]:
    """The rules-blind ranker alone, where it disagrees with the rules, and used only to fill
    the quotations the rules leave without a speaker."""
    alone = disagree = rules_won = ranker_won = 0
    fixed: list[Item] = []
    broken: list[Item] = []
    for it in items:
        pick = top(weights, it)
        ok = it.candidates[pick].right(it.gold)
        rules_ok = it.candidates[it.rules].right(it.gold)
        alone += ok
        if pick != it.rules:
            disagree += 1
            rules_won += rules_ok and not ok
            ranker_won += ok and not rules_ok
        if it.rules == 0 and pick != 0:  # the rules gave no speaker: fill it
            if ok and not rules_ok:
                fixed.append(it)
            elif rules_ok and not ok:
                broken.append(it)
    return {
        "alone": alone,
        "disagree": disagree,
        "rules_won": rules_won,
        "ranker_won": ranker_won,
        "fill_fixed": len(fixed),
        "fill_fixed_articles": len({(i.split, i.article) for i in fixed}),
        "fill_broken": len(broken),
        "fill_broken_articles": len({(i.split, i.article) for i in broken}),
        "rules_none": sum(it.rules == 0 for it in items),
    }


def choose(weights: list[float], item: Item) -> int:
    scores = [_score(weights, x) for x in item.features]
    best = max(scores)
    if scores[item.rules] >= best - 1e-9:
        return item.rules  # ties keep the rules' choice
    return scores.index(best)


def evaluate(weights: list[float], items: list[Item]) -> dict[str, Any]:
    fixed: list[Item] = []
    broken: list[Item] = []
    rules_right = chooser_right = 0
    for it in items:
        before = it.candidates[it.rules].right(it.gold)
        after = it.candidates[choose(weights, it)].right(it.gold)
        rules_right += before
        chooser_right += after
        if after and not before:
            fixed.append(it)
        elif before and not after:
            broken.append(it)
    return {
        "n": len(items),
        "rules_right": rules_right,
        "chooser_right": chooser_right,
        "fixed": len(fixed),
        "fixed_articles": len({(i.split, i.article) for i in fixed}),
        "broken": len(broken),
        "broken_articles": len({(i.split, i.article) for i in broken}),
    }


def main() -> None:
    items_by_split = {split: _items(split) for split in TUNING_SPLITS}
    print("1. Oracle: labelled quotations extracted with a wrong or no speaker")
    for group, splits in GROUPS.items():
        items = [it for s in splits for it in items_by_split[s]]
        wrong = [it for it in items if not it.candidates[it.rules].right(it.gold)]
        named = [it for it in wrong if it.gold is not None]
        print(
            f"  {group}: {len(items)} matched, rules wrong {len(wrong)} "
            f"(gold null {len(wrong) - len(named)}: 'no speaker' is always a candidate); "
            f"gold named {len(named)}: among the rules' speakers of the article "
            f"{sum(it.in_rules_speakers for it in named)}, among all resolved candidates "
            f"{sum(it.in_all for it in named)}; "
            f"rules gave none {sum(it.rules == 0 for it in named)}; "
            f"mean candidates {sum(len(it.candidates) for it in items) / max(1, len(items)):.1f}"
        )
    part_a = [it for s in PART_A for it in items_by_split[s]]
    part_b = [it for s in PART_B for it in items_by_split[s]]
    print("2. Chooser fitted on one part of the splits, tested on the other")
    for name, train, test in (
        ("train dev..tuning40 -> test tuning41..61", part_a, part_b),
        ("train tuning41..61 -> test dev..tuning40", part_b, part_a),
    ):
        weights = fit(train)
        on_train = evaluate(weights, train)
        on_test = evaluate(weights, test)
        print(f"  {name}")
        print(
            "    weights: "
            + ", ".join(f"{f} {w:+.2f}" for f, w in zip(FEATURES, weights, strict=True))
        )
        for label, r in (("train", on_train), ("test", on_test)):
            print(
                f"    {label}: {r['n']} quotations, rules right {r['rules_right']}, chooser "
                f"right {r['chooser_right']}; wrong->right {r['fixed']} in "
                f"{r['fixed_articles']} articles, right->wrong {r['broken']} in "
                f"{r['broken_articles']} articles"
            )
    print("2b. Rules-blind ranker (the rules' choice hidden), same two directions")
    for name, train, test in (
        ("train dev..tuning40 -> test tuning41..61", blind(part_a), blind(part_b)),
        ("train tuning41..61 -> test dev..tuning40", blind(part_b), blind(part_a)),
    ):
        weights = fit(train)
        r = blind_report(weights, test)
        print(
            f"  {name}: alone right {r['alone']} of {len(test)}; disagrees with the rules on "
            f"{r['disagree']} (rules right there {r['rules_won']}, ranker right "
            f"{r['ranker_won']}); filling the rules' {r['rules_none']} no-speaker quotations: "
            f"wrong->right {r['fill_fixed']} in {r['fill_fixed_articles']} articles, "
            f"right->wrong {r['fill_broken']} in {r['fill_broken_articles']} articles"
        )
    print("3. Errors available to learn from")
    for name, part in (("dev..tuning40", part_a), ("tuning41..61", part_b)):
        wrong = [it for it in part if not it.candidates[it.rules].right(it.gold)]
        learnable = [it for it in wrong if it.in_all]
        print(
            f"  {name}: {len(part)} matched quotations, rules wrong {len(wrong)} "
            f"({len(wrong) / max(1, len(part)):.3f}), of which the right speaker is a "
            f"candidate {len(learnable)}, in {len({(i.split, i.article) for i in learnable})} "
            "articles"
        )


if __name__ == "__main__":
    main()
