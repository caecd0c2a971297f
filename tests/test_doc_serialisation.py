"""A coded Doc crosses process and file boundaries: Doc.to_bytes, DocBin, nlp.pipe(n_process=2).

The doc._ layers hold records (sanderling.records); records.py registers srsly msgpack hooks
so spaCy's own serialisation carries them. Texts are invented.
"""
import pytest
import srsly
from spacy.tokens import Doc, DocBin

from sanderling.article import read_article
from sanderling.pipeline import _make_doc, _result
from sanderling.records import Entity, Event, EntityRef, Evidence, Factuality, Mention, Place

pytestmark = pytest.mark.slow

TEXTS = (
    'Police in Freetown detained 14 students after a march on Thursday. "We will not tolerate '
    'disorder," said Interior Minister Ama Kallon. The African Union criticised the detentions.',
    "Ruritania accused Freedonia of shelling three border villages, its foreign ministry said on "
    "Monday. Freedonia denied the charge and recalled its ambassador from Strelsau.",
    "The prime minister of Malta met the president of Ghana in Valletta to discuss migration.",
)


def articles():
    return [read_article(t, id=f"t{i}", published="2026-02-11") for i, t in enumerate(TEXTS)]


def coded(nlp, docs, arts):
    return [_result(a, d).to_dict() for a, d in zip(arts, docs)]


def test_records_round_trip_through_msgpack():
    ev = Event(event="ACCUSE", actor=[EntityRef(text="Ruritania", code="RUR")], recipient=[],
               evidence=Evidence(sentence=0, start=0, end=9, text="Ruritania"),
               factuality=Factuality(negated=True),
               event_loc=Place(extracted_place="Strelsau", start=3, end=11, lat=1.5))
    ent = Entity(id="e1", name="Ruritania", mentions=[Mention(0, 9, "Ruritania")])
    back = srsly.msgpack_loads(srsly.msgpack_dumps({"layer": [ev, ent]}))
    assert back == {"layer": [ev, ent]}
    assert isinstance(back["layer"][0].evidence, Evidence)


def test_coded_doc_to_bytes_and_docbin(nlp):
    arts = articles()
    docs = [nlp(_make_doc(nlp, a)) for a in arts]
    expected = coded(nlp, docs, arts)
    assert any(r["events"] for r in expected) and any(r["quotes"] for r in expected)

    again = [Doc(nlp.vocab).from_bytes(d.to_bytes()) for d in docs]
    assert coded(nlp, again, arts) == expected

    db = DocBin(store_user_data=True)
    for d in docs:
        db.add(d)
    loaded = list(DocBin().from_bytes(db.to_bytes()).get_docs(nlp.vocab))
    assert coded(nlp, loaded, arts) == expected


def test_pipe_with_two_processes_gives_the_same_records(nlp):
    arts = articles()
    one = coded(nlp, [nlp(_make_doc(nlp, a)) for a in arts], arts)
    two = coded(nlp, nlp.pipe((_make_doc(nlp, a) for a in arts), n_process=2, batch_size=1), arts)
    assert two == one
