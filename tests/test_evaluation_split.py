"""The tuning/check split is a pure function of the id: stable, about one third check."""
from sanderling.evaluation.split import CHECK, TUNING, part_of, select


def test_split_is_stable_and_pinned():
    # Pinned values: if the hash or the modulus changes, every published check figure changes meaning.
    assert [part_of(f"record-{i}") for i in range(6)] == [part_of(f"record-{i}") for i in range(6)]
    assert part_of("alpha") == part_of("alpha")
    import hashlib
    expected = CHECK if int.from_bytes(hashlib.sha256(b"alpha").digest()[:8], "big") % 3 == 0 else TUNING
    assert part_of("alpha") == expected


def test_split_takes_about_one_third_for_check():
    ids = [f"doc-{i:05d}" for i in range(3000)]
    share = sum(part_of(i) == CHECK for i in ids) / len(ids)
    assert 0.30 < share < 0.37


def test_select_keeps_one_part_and_rejects_unknown_names():
    recs = [{"id": f"x{i}"} for i in range(50)]
    tuning, check = list(select(recs, TUNING)), list(select(recs, CHECK))
    assert len(tuning) + len(check) == 50
    assert not {r["id"] for r in tuning} & {r["id"] for r in check}
    try:
        list(select(recs, "dev"))
    except ValueError as err:
        assert "tuning" in str(err)
    else:
        raise AssertionError("an unknown part name must be refused")
