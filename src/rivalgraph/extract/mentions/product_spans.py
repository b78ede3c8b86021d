"""Product names beyond the lexicon: name shapes after an org, model codes, coordinated products."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from rivalgraph.extract.doccache import doc_text, doc_tokens
from rivalgraph.extract.lexicon import Lexicon
from rivalgraph.extract.mentions.spans import CAP, DETERMINERS, MONTHS, POSSESSIVE, is_junk
from rivalgraph.extract.products import (
    HINTS_KEY,
    WEAK_HEADS,
    is_model_code,
)
from rivalgraph.kb import KnowledgeBase, OrgKind

# a lower-case model name with a number in it ("abab6", "glm4"), not a plain word
_LOWER_CODE = re.compile(r"^[a-z]{2,}\d+[a-z\d.]*$")


def _product_name_end(doc: Doc, i: int, taken: set[int], lex: Lexicon) -> int:
    """End of a product name starting at i: capitalised or alphanumeric tokens ('GPT-4o', 'Ernie 4.0')."""
    toks = doc_tokens(doc)
    j = i
    while j < len(doc) and j not in taken:
        t = toks[j]
        low = t.lower_
        if low in lex.product_heads or (low in lex.not_entities and j > i):
            break
        if (
            t.is_title
            or t.is_upper
            or any(c.isdigit() for c in t.text)
            or (t.pos_ == "PROPN" and not t.is_lower)
            or (t.is_alpha and CAP.match(t.text))  # "KoGPT", "iFlytek"
        ):
            j += 1
            continue
        if (
            t.text in {"-", "."}
            and j > i
            and j + 1 < len(doc)
            and not toks[j + 1].is_space
            and (toks[j + 1].like_num or toks[j + 1].is_title or any(c.isdigit() for c in toks[j + 1].text))
        ):
            j += 1
            continue
        break
    return j


def shaped_products(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Product names from their contexts: 'Google's Bard', 'the Kimi chatbot', 'its model Tongyi Qianwen'."""
    toks = doc_tokens(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    org_ends = {s.end: s for s in spans if s.label_ == "ORG"}
    found: list[Span] = []

    def accept(i: int) -> None:
        if i >= len(doc) or i in taken:
            return
        end = _product_name_end(doc, i, taken, lex)
        if end <= i:
            return
        cand = doc[i:end]
        low = cand.text.lower()
        if (
            (is_junk(cand, lex) and not _LOWER_CODE.match(cand.text))
            or low in lex.titles
            or lex.title_re.match(cand.text)
            or low in MONTHS
        ):
            return
        if all(t.lower_ in lex.org_nouns or t.lower_ in lex.event_generic for t in cand):
            return
        found.append(Span(doc, i, end, label="PRODUCT"))
        taken.update(range(i, end))

    for tok in toks:
        i = tok.i
        low = tok.lower_  # Token string attributes are rebuilt on each access
        # ORG's NAME / ORG's own NAME
        if i in org_ends and tok.text in POSSESSIVE:
            j = i + 1
            if j < len(doc) and toks[j].lower_ in {"own", "new", "latest"}:
                j += 1
            if j < len(doc) and (
                toks[j].is_title or toks[j].is_upper or any(c.isdigit() for c in toks[j].text)
            ):
                accept(j)
                k = _product_name_end(doc, j, set(), lex)
                if k + 1 < len(doc) and toks[k].lower_ == "and":
                    accept(k + 1)
        # NAME followed (within two tokens) by a product head noun: "the Kimi chatbot", "R1 reasoning model"
        elif low in lex.product_heads and tok.pos_ == "NOUN" and tok.is_lower:  # not "Volvo Cars"
            k = i - 1
            steps = 0
            while (
                k >= 0
                and steps < 3
                and (toks[k].is_lower or toks[k].lower_ in {"ai", "gpu", "llm"})
                and toks[k].is_alpha
                and toks[k].pos_ in {"NOUN", "ADJ", "PROPN", "VERB"}
            ):
                k -= 1
                steps += 1
            if (
                k >= 0
                and k not in taken
                and (not toks[k].is_lower or _LOWER_CODE.match(toks[k].text))  # "abab6"
                and not toks[k].is_punct
            ):
                start = k
                while (
                    start - 1 >= 0
                    and (start - 1) not in taken
                    and not toks[start - 1].is_lower
                    and not toks[start - 1].is_punct
                    and not toks[start - 1].is_space
                    and toks[start - 1].lower_ not in DETERMINERS
                ):
                    start -= 1
                if (start not in taken and not toks[start].is_sent_start) or (
                    start > 0 and toks[start - 1].lower_ in DETERMINERS | {"its"}
                ):
                    accept(start)
            # "the Taycan, the electric sports car from Porsche": a name before an apposition headed
            # by a product noun (the head is its last noun)
            if i + 1 < len(doc) and toks[i + 1].pos_ not in {"NOUN", "PROPN"}:
                k = i - 1
                while k > i - 5 and k >= 0 and toks[k].is_lower and toks[k].pos_ in {"NOUN", "ADJ", "VERB"}:
                    k -= 1
                if k >= 2 and toks[k].lower_ in {"a", "an", "the"} and toks[k - 1].text == ",":
                    start = k - 1
                    while start - 1 >= 0 and (start - 1) not in taken and toks[start - 1].is_title:
                        start -= 1
                    if start < k - 1 and not toks[start].is_sent_start:
                        accept(start)
            # "its large language model Tongyi Qianwen", "the company's foundation model, Ernie 4.0"
            j = i + 1
            if j < len(doc) and toks[j].text == ",":
                j += 1
            if j < len(doc) and not toks[j].is_lower and toks[j].pos_ == "PROPN":
                det = next(
                    (
                        t
                        for t in doc[max(0, i - 5) : i]
                        if t.lower_ in {"its", "their", "the"} or t.text in POSSESSIVE
                    ),
                    None,
                )
                if det is not None:
                    accept(j)
        # "the developer of ChatGPT", "OpenAI, whose ChatGPT ..."
        elif (
            low in lex.developer_nouns and i + 1 < len(doc) and toks[i + 1].lower_ == "of"
        ) or low == "whose":
            j = i + 2 if low != "whose" else i + 1
            if j < len(doc) and not toks[j].is_lower and not toks[j].is_punct:
                accept(j)
        # launch verbs with a bare name object: "DeepSeek released R1"
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in lex.launch_verbs:
            for child in tok.children:
                if child.dep_ == "dobj" and child.i not in taken and not child.is_lower:
                    sub = [t.i for t in child.subtree]
                    start = min(sub)
                    if toks[start].lower_ in DETERMINERS:
                        start += 1
                    if start == child.i or all(not toks[x].is_lower for x in range(start, child.i + 1)):
                        accept(start)
    return found


_QUANTIFIER_NOUNS = frozenset({"pair", "line", "range", "set", "kind", "type"})

_OWNED_PARTICIPLES = frozenset({"owned", "controlled", "backed", "funded", "run", "operated"})


def _product_context(doc: Doc, span: Span, lex: Lexicon) -> bool:
    """A name used as a product: 'the Kimi chatbot', 'model Tongyi Qianwen', 'DingTalk, the group's app'."""
    toks = doc_tokens(doc)
    heads = lex.product_heads
    after = doc[span.end : span.end + 3]
    for k, t in enumerate(after):
        if t.pos_ in {"VERB", "AUX"}:
            break  # "Xu Li said models would ...": the head noun starts another clause
        if t.lower_ in heads and t.pos_ in {"NOUN", "PROPN"} and t.is_lower:  # not "Volvo Cars"
            # "the Volcano Engine platform": a weak head does not turn an organization into a product
            return not (span.label_ == "ORG" and t.lower_ in WEAK_HEADS)
        if k >= 1 or not (t.is_lower or (t.is_upper and len(t.text) <= 4)):
            break
    before = doc[max(0, span.start - 2) : span.start]
    if len(before) and before[-1].text == "," and len(before) > 1:
        before = doc[max(0, span.start - 2) : span.start - 1]
    if len(before) and before[-1].lower_ in heads and before[-1].pos_ == "NOUN":
        det = doc[max(0, span.start - 6) : span.start]
        if any(t.lower_ in {"its", "their", "the"} or t.text in POSSESSIVE for t in det):
            return True
    # an apposition only: "DingTalk, the group's app", not "Zhang, who runs Huawei's cloud business"
    if (
        span.end + 1 < len(doc)
        and toks[span.end].text == ","
        and toks[span.end + 1].lower_ not in {"who", "whose"}
    ):
        # the apposition's own head is its last noun: "Volcano Engine, the cloud services arm of
        # ByteDance" is an organization although "cloud" is a product word
        head = None
        for t in doc[span.end + 1 : span.end + 9]:
            if t.lower_ == "of" and head is not None and head.lower_ in _QUANTIFIER_NOUNS:
                continue  # "a pair of smart glasses": the head comes after 'of'
            participle = t.i + 1 < len(doc) and toks[t.i + 1].tag_ == "VBN"
            if t.text == "-" and not t.whitespace_ and participle:
                if toks[t.i + 1].lower_ in _OWNED_PARTICIPLES:
                    return False  # "the Alibaba-controlled shopping platform" is a company
                continue  # a compound modifier ("camera-equipped")
            if t.tag_ == "VBN" and toks[t.i - 1].text == "-" and not toks[t.i - 1].whitespace_:
                continue
            if t.is_punct or t.pos_ in {"ADP", "VERB", "AUX"} or t.lower_ in {"that", "which"}:
                break
            if t.pos_ in {"NOUN", "PROPN"}:
                head = t
        if head is not None and head.pos_ == "NOUN":
            if head.lower_ == "vehicle" and toks[head.i - 1].lower_ in {"investment", "financing", "purpose"}:
                return False  # "a state-owned investment vehicle" is a company
            return head.lower_ in heads or head.lower_ in {"upgrade", "version", "successor"}
    return False


def retype_products(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """NER names the context shows to be products become PRODUCT everywhere in the document."""
    texts = {
        s.text
        for s in spans
        if s.label_ in {"ORG", "PERSON", "GPE"} and not s.kb_id_ and _product_context(doc, s, lex)
    }
    if not texts:
        return spans
    return [
        Span(doc, s.start, s.end, label="PRODUCT") if s.text in texts and not s.kb_id_ else s for s in spans
    ]


# After a maker's name a letter and a digit name a model too ("Xpeng X9", "Unitree G1"), but not a
# half-year or a quarter ("Xiaomi H1 revenue")
_LETTER_DIGIT = re.compile(r"^[A-GI-PR-Z]\d$")

_TIER_WORDS = frozenset({"pro", "max", "ultra", "plus", "mini", "lite"})


def _maker_code(text: str) -> bool:
    return is_model_code(text) or bool(_LETTER_DIGIT.match(text))


def maker_led_products(doc: Doc, spans: list[Span], kb: KnowledgeBase) -> list[Span]:
    """'the Xpeng X9', 'Li Auto L9', 'Huawei P60 Pro': a model code right after a known company's name
    is that company's product (the small model leaves it out of any name)."""
    toks = doc_tokens(doc)
    taken = {i for s in spans for i in range(s.start, s.end)}
    found: list[Span] = []
    for s in spans:
        k = s.end
        if s.label_ != "ORG" or not s.kb_id_ or k >= len(doc) or k in taken or toks[k - 1].whitespace_ != " ":
            continue
        record = kb.get_org(s.kb_id_)
        if record is None or record.kind is not OrgKind.COMPANY or not _maker_code(toks[k].text):
            continue
        end = k + 1
        # "P60 Pro": more codes or a tier word of the same name
        while (
            end < len(doc)
            and end not in taken
            and toks[end - 1].whitespace_ == " "
            and (_maker_code(toks[end].text) or toks[end].lower_ in _TIER_WORDS)
        ):
            end += 1
        found.append(Span(doc, k, end, label="PRODUCT"))
    return sorted(spans + found, key=lambda s: s.start) if found else spans


def coordinated_products(spans: list[Span]) -> list[Span]:
    """'AT128 and ATX automotive lidar sensors': an unknown name joined to a product and followed
    by a common noun is another product, not a company."""
    out = list(spans)
    taken = {i for s in spans for i in range(s.start, s.end)}
    added: list[Span] = []
    for k, b in enumerate(out):
        doc = b.doc
        if b.label_ != "ORG" or b.kb_id_ or b.start < 2 or doc[b.start - 1].lower_ not in {"and", "or", ","}:
            continue
        if b.end >= len(doc) or not doc[b.end].is_lower or not doc[b.end].is_alpha:
            continue
        a = out[k - 1] if k > 0 and out[k - 1].end == b.start - 1 else None
        if a is not None and a.label_ == "PRODUCT":
            out[k] = Span(doc, b.start, b.end, label="PRODUCT")
        elif a is None and b.start - 2 not in taken and is_model_code(doc[b.start - 2].text):
            added.append(Span(doc, b.start - 2, b.start - 1, label="PRODUCT"))  # "AT128 and ATX lidars"
            out[k] = Span(doc, b.start, b.end, label="PRODUCT")
    return sorted(out + added, key=lambda s: s.start) if added else out


def glued_model_letters(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Kirin 990 5G': the tokenizer parts a number from the capital letters glued to it, and the
    product's name ends before them; the letters belong to the name. A product named by one letter
    glued to the word before it is such a part ('G' of '5G', 'V' of 'RISC-V'), no name."""
    toks = doc_tokens(doc)
    n_toks = len(doc)
    out: list[Span] = []
    for s in spans:
        if s.label_ != "PRODUCT":
            out.append(s)
            continue
        if (
            len(s) == 1
            and len(toks[s.start].text) == 1
            and s.start > 0
            and toks[s.start - 1].whitespace_ == ""
        ):
            continue  # "X" alone may be a name; the "V" glued to "RISC-" is not
        end = s.end
        if (
            end < n_toks
            and toks[end - 1].whitespace_ == ""
            and toks[end - 1].is_digit
            and toks[end].is_alpha
            and toks[end].is_upper
            and len(toks[end].text) <= 2
        ):
            s = Span(doc, s.start, end + 1, label="PRODUCT", kb_id=s.kb_id_)
        out.append(s)
    return filter_spans(out)


# Words that name a variant of a product after the product's name ("Grok 3 mini", "Galaxy S7 edge",
# "PaLM 2 Large", "Corolla Concept"). A capitalised one is part of the name; the tier words also in
# lower case; the adjectives of size only when capitalised ("Grok 3 large language model" is no name).
_VARIANT_WORDS = _TIER_WORDS | frozenset(
    {
        "edge",
        "nano",
        "air",
        "flash",
        "turbo",
        "large",
        "small",
        "medium",
        "concept",
        "se",
        "neo",
        "xl",
        "fold",
    }
)
_VARIANT_LOWER = _TIER_WORDS | frozenset({"edge", "nano"})


def variant_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """A product's name runs on over the variant words after it ('Grok 3 mini', 'PaLM 2 Large')."""
    toks = doc_tokens(doc)
    n_toks = len(toks)
    starts = {s.start for s in spans}
    out: list[Span] = []
    changed = False
    for s in spans:
        end = s.end
        if s.label_ == "PRODUCT":
            while (
                end < n_toks
                and end not in starts
                and toks[end - 1].whitespace_ == " "
                and toks[end].lower_ in _VARIANT_WORDS
                and (toks[end].lower_ in _VARIANT_LOWER or not toks[end].is_lower)
                and not (end + 1 < n_toks and toks[end + 1].text == "-")  # "mini-series"
            ):
                end += 1
            # "Vertex AI," / "on Vertex AI.": 'AI' closing the phrase names the product; before a
            # noun it says what kind of product ("Ascend AI processors", "Maia 100 AI accelerator")
            if (
                end == s.end
                and end + 1 < n_toks
                and end not in starts
                and toks[end - 1].whitespace_ == " "
                and toks[end].text == "AI"
                and toks[end + 1].is_punct
            ):
                end += 1
        if end != s.end:
            changed = True
            hints = doc.user_data.get(HINTS_KEY)
            if hints and (s.start, s.end) in hints:
                hints[(s.start, end)] = hints[(s.start, s.end)]  # the developer the name's start suggests
            s = Span(doc, s.start, end, label="PRODUCT", kb_id=s.kb_id_)
        out.append(s)
    return out if changed else spans


# A model's name with its parameter count glued on by a hyphen ("Orca-7B", "Llama-2-70B", "Mixtral-8x7B")
_SIZED_MODEL = re.compile(r"(?<![\w-])[A-Z][A-Za-z]+(?:-\d+(?:\.\d+)?)?-(?:\d+x)?\d+(?:\.\d+)?[BMT](?![\w-])")


def sized_models(doc: Doc, spans: list[Span]) -> list[Span]:
    """'Orca-7B', 'Yi-34B': a word with a parameter count glued on is a model (a product), whatever
    place or person the model took it for."""
    found = [
        span
        for m in _SIZED_MODEL.finditer(doc_text(doc))
        if (span := doc.char_span(m.start(), m.end(), label="PRODUCT")) is not None
    ]
    if not found:
        return spans
    by_token = {i: s for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for new in found:
        olds = {id(by_token[i]): by_token[i] for i in range(new.start, new.end) if i in by_token}
        # a product, a KB name or a longer name already holds it
        if any(
            o.label_ == "PRODUCT" or o.kb_id_ or o.start < new.start or o.end > new.end for o in olds.values()
        ):
            continue
        out = [s for s in out if id(s) not in olds]
        out.append(new)
    return sorted(out, key=lambda s: s.start)
