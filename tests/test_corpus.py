"""annotate_corpus and ``kurilmap corpus annotate``: the corpus folder on disk.

One LocalCluster (2 process workers) serves the whole module. The articles are
short texts built from tests/article_samples.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import kurilmap
from kurilmap.cli import main
from kurilmap.errors import InputError
from kurilmap.news import cluster, corpus, corpus_shards
from tests.article_samples import EN_2019_05_30, JA_2019_05_10, RU_2019_01_22


def _short(text: str, paragraphs: int, tail: str = "") -> str:
    return "\n\n".join(text.split("\n\n")[:paragraphs]) + tail


EN = _short(EN_2019_05_30, 3)
RU = _short(RU_2019_01_22, 3)
JA = _short(JA_2019_05_10, 3)
EN_B = _short(EN_2019_05_30, 4, "\n\nFishermen on Shikotan said the catch fell.")
URL_B = "https://e.org/b"
EN_C = "Iturup airport\n\nThe airport on Iturup near Kurilsk opened, Moscow said."


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    """Three files, a CSV with a duplicate text and a duplicate URL, two bad files."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("a-2019-05-30.txt", EN), ("b.md", RU), ("c.txt", JA)):
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "d-bad.txt").write_bytes("Курилы и Итуруп".encode("cp1251"))
    pd.DataFrame(
        {
            "text": [EN_B, EN, EN_C, "Kunashir again, another text.", "", EN_C],
            "date": ["2019-05-31", "2019-05-30", "2019-03-18", "2019-04-01", "", "x"],
            "url": [URL_B, "https://e.org/a", "https://e.org/c", URL_B, None, None],
            "outlet": ["Tokyo Wire", None, "Kuril Times", None, None, None],
        }
    ).to_csv(folder / "e.csv", index=False)
    good = pd.DataFrame({"text": [EN_C]}).to_parquet(index=False)
    (folder / "f-broken.parquet").write_bytes(good[: len(good) // 2])
    return [folder]


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def client():
    """One LocalCluster of 2 process workers (as ``workers=2`` starts it)."""
    with cluster._client(None, 2) as started:
        yield started


def test_a_corpus_on_disk(tmp_path, inputs):
    out = tmp_path / "corpus"
    articles = kurilmap.annotate_corpus(inputs, out, shard_size=2, progress=False)
    assert sorted(p.name for p in out.iterdir()) == [
        "articles.parquet",
        "corpus.json",
        "errors.parquet",
        "shards",
    ]
    assert articles.equals(pd.read_parquet(out / "articles.parquet"))
    assert list(articles.columns) == list(corpus.ARTICLE_COLUMNS)
    names = [s.rsplit("/", 1)[-1] for s in articles["source"]]
    assert names == ["a-2019-05-30.txt", "b.md", "c.txt"] + [
        f"e.csv#{i}" for i in (1, 2, 3, 4)
    ]
    assert articles["status"].tolist() == ["annotated"] * 3 + [
        "annotated",
        "duplicate",  # the same text as a-2019-05-30.txt
        "annotated",
        "duplicate",  # the same URL as e.csv#1
    ]
    first = articles.set_index(articles.index)
    assert first.loc[4, "duplicate_of"] == first.loc[0, "id"]
    assert first.loc[6, "duplicate_of"] == first.loc[3, "id"]
    assert articles["language"].tolist()[:3] == ["en", "ru", "ja"]
    assert articles.loc[0, "date"] == "2019-05-30"  # from the file name

    manifest = json.loads((out / "corpus.json").read_text())
    assert manifest == {
        "format": "kurilmap-corpus",
        "version": 1,
        "kurilmap": kurilmap.__version__,
        "shard_size": 2,
        "shards": sorted(set(articles["shard"].dropna())),
    }
    assert sorted(p.stem for p in (out / "shards").iterdir()) == manifest["shards"]
    shards = pd.concat(
        [pd.read_parquet(out / "shards" / f"{k}.parquet") for k in manifest["shards"]]
    )
    counted = shards["article"].value_counts()
    annotated = articles[articles["status"] == "annotated"]
    assert set(counted.index) <= set(annotated["id"])  # duplicates add no rows
    assert annotated.set_index("id")["mentions"].to_dict() == {
        i: int(counted.get(i, 0)) for i in annotated["id"]
    }
    assert json.loads(shards["quotes"].iloc[0]) is not None

    errors = pd.read_parquet(out / "errors.parquet")
    assert [s.rsplit("/", 1)[-1] for s in errors["source"]] == [
        "d-bad.txt",
        "e.csv#5",
        "e.csv#6",
        "f-broken.parquet",
    ]
    reasons = errors["reason"].tolist()
    assert "not UTF-8" in reasons[0]
    assert reasons[1] == "no text"
    assert "not an ISO date" in reasons[2]
    assert "Parquet" in reasons[3]
    assert all("\n" not in r for r in reasons)
    assert articles.attrs["errors"] == 4

    read = kurilmap.read_corpus(out)  # the reader reads what the writer wrote
    assert len(read.mentions) == articles["mentions"].sum()


def test_two_runs_give_the_same_bytes_and_a_rerun_skips_every_shard(tmp_path, inputs):
    first = kurilmap.annotate_corpus(inputs, tmp_path / "one", progress=False)
    kurilmap.annotate_corpus(inputs, tmp_path / "two", progress=False)
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
    again = kurilmap.annotate_corpus(inputs, tmp_path / "one", progress=False)
    assert again.attrs["reused"] == again.attrs["shards"] == first.attrs["shards"]
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


def test_a_cluster_gives_the_one_core_result_row_for_row(tmp_path, inputs, client):
    one = kurilmap.annotate_corpus(
        inputs, tmp_path / "one", shard_size=2, progress=False
    )
    two = kurilmap.annotate_corpus(
        inputs, tmp_path / "two", shard_size=2, client=client, progress=False
    )
    assert one.equals(two)
    assert _files(tmp_path / "one") == _files(tmp_path / "two")
    assert one.attrs["shards"] == 3


def test_kurilmaps_own_cluster_runs_without_the_workers_profiler(client):
    import dask

    assert len(client.nthreads()) == 2
    assert set(client.nthreads().values()) == {1}
    on = client.run(lambda: dask.config.get("distributed.worker.profile.enabled"))
    assert set(on.values()) == {False}
    assert dask.config.get("distributed.worker.profile.enabled")  # this process's


def test_annotate_many_of_a_dask_frame_runs_on_the_cluster(client):
    dd = pytest.importorskip("dask.dataframe")
    frame = pd.DataFrame({"text": [EN, RU, JA], "date": ["2019-05-30"] * 3})
    expected = kurilmap.annotate_many(frame, progress=False)
    with client.as_current():
        found = kurilmap.annotate_many(dd.from_pandas(frame, npartitions=2))
    columns = ["article", "place_id", "sentence", "start"]
    assert found[columns].values.tolist() == expected[columns].values.tolist()


class Crash(KeyboardInterrupt):
    """Ctrl-C while the second shard is being written."""


def test_resume_after_a_crash_gives_the_same_shards(tmp_path, inputs, monkeypatch):
    whole = tmp_path / "whole"
    kurilmap.annotate_corpus(inputs, whole, shard_size=2, progress=False)
    out = tmp_path / "out"
    written = []
    write = corpus._write_shard

    def crash_on_the_second(path, data):
        if written:

            def half(tmp):
                tmp.write_bytes(data[: len(data) // 2])
                raise Crash

            corpus.atomic_write(path, half)
        write(path, data)
        written.append(path.name)

    monkeypatch.setattr(corpus, "_write_shard", crash_on_the_second)
    with pytest.raises(Crash):
        kurilmap.annotate_corpus(inputs, out, shard_size=2, progress=False)
    assert [p.name for p in (out / "shards").iterdir()] == written  # one, whole
    assert not (out / "corpus.json").exists()
    monkeypatch.undo()

    (out / "shards" / ".abc.parquet.x1y2.tmp").write_bytes(b"left by kill -9")
    resumed = kurilmap.annotate_corpus(inputs, out, shard_size=2, progress=False)
    assert resumed.attrs["reused"] == 1
    assert _files(out) == _files(whole)  # and no temporary file is left


def test_an_article_that_breaks_annotate_is_an_error_row(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(EN_C, encoding="utf-8")
    annotate_many = corpus_shards.annotate_many

    def broken(frame, *, progress):
        if frame["text"].str.contains("Kurilsk").any():
            msg = "boom\nsecond line"
            raise RuntimeError(msg)
        return annotate_many(frame, progress=progress)

    monkeypatch.setattr(corpus_shards, "annotate_many", broken)
    articles = kurilmap.annotate_corpus(
        [tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "out", progress=False
    )
    assert articles["status"].tolist() == ["annotated", "error"]
    assert articles["mentions"].iloc[0] > 0
    errors = pd.read_parquet(tmp_path / "out" / "errors.parquet")
    assert errors["reason"].tolist() == [
        "annotation failed: RuntimeError: boom second line"
    ]


def test_a_row_dated_before_1700_or_in_the_future_is_an_error_row(tmp_path):
    # both were annotated, and the atlas of such a corpus had 16,789 months
    pd.DataFrame(
        {"text": [EN, EN_C, EN], "date": ["2019-05-30", "1600-01-01", "2999-01-01"]}
    ).to_csv(tmp_path / "t.csv", index=False)
    articles = kurilmap.annotate_corpus(
        [tmp_path / "t.csv"], tmp_path / "out", progress=False
    )
    assert articles["date"].dropna().tolist() == ["2019-05-30"]
    errors = pd.read_parquet(tmp_path / "out" / "errors.parquet")
    assert [s.rsplit("/", 1)[-1] for s in errors["source"]] == ["t.csv#2", "t.csv#3"]
    assert "before 1700-01-01" in errors["reason"].iloc[0]
    assert "in the future" in errors["reason"].iloc[1]


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"workers": 0}, "workers must be at least 1"),
        ({"shard_size": 0}, "shard_size must be at least 1"),
        ({"scheduler": "localhost:8786"}, "is not tcp://host:port"),
        ({"workers": 2, "scheduler": "tcp://a:1"}, "at most one of"),
    ],
)
def test_bad_options_are_input_errors(tmp_path, kwargs, needle):
    with pytest.raises(InputError, match=needle):
        kurilmap.annotate_corpus(tmp_path, tmp_path / "out", **kwargs)


def test_a_scheduler_that_does_not_answer(tmp_path, monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "0.5s")
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    with pytest.raises(InputError, match="cannot connect to the Dask scheduler"):
        kurilmap.annotate_corpus(
            tmp_path / "a.txt", tmp_path / "out", scheduler="tcp://127.0.0.1:9"
        )
    assert not (tmp_path / "out").exists()


def _cli_error(argv, capsys) -> str:
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse's own errors
        code = exit_.code
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    return err


def test_cli_annotates_a_corpus(tmp_path, inputs, capsys):
    out = tmp_path / "corpus"
    argv = ["corpus", "annotate", str(inputs[0]), "--out", str(out), "--no-progress"]
    assert main(argv) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"wrote {out}: 7 articles (5 annotated, 2 duplicates, 0 ")
    assert "4 inputs in errors.parquet" in said


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["in/*.nothing"], "no file matches"),
        (["in", "--workers", "0"], "workers must be at least 1"),
        (["in", "--shard-size", "0"], "shard_size must be at least 1"),
        (["in", "--scheduler", "http://x"], "is not tcp://host:port"),
        (["in", "--workers", "2", "--scheduler", "tcp://x:1"], "not allowed with"),
        (["in", "--workers", "two"], "invalid int value"),
        (["table.csv"], "unknown column 'outet' (did you mean 'outlet'?)"),
        (["notext.csv"], "has no 'text' column"),
        (["in", "--out-is-a-file"], "is a file"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(
    tmp_path, inputs, capsys, monkeypatch, argv, needle
):
    monkeypatch.chdir(tmp_path)
    pd.DataFrame({"text": ["a"], "outet": ["b"]}).to_csv("table.csv", index=False)
    pd.DataFrame({"body": ["a"]}).to_csv("notext.csv", index=False)
    Path("file").write_text("x")
    out = ["--out", "file" if "--out-is-a-file" in argv else "corpus"]
    argv = [a for a in argv if a != "--out-is-a-file"]
    err = _cli_error(["corpus", "annotate", *argv, *out], capsys)
    assert needle in err
    assert not Path("corpus").exists()
