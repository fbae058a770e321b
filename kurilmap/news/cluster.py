"""Where a corpus's shards are annotated: in this process or on a Dask cluster.

The one place kurilmap imports ``distributed`` (inside functions, so that
``import kurilmap`` stays light). :func:`engine` opens what the caller asked
for and closes what it opened:

- nothing: the shards are annotated here, one after another, on one core;
- ``workers=N``: a ``distributed.LocalCluster`` of N single-threaded worker
  processes, started here and closed afterwards;
- ``scheduler="tcp://host:port"``: a client of a running scheduler, whose
  workers have the same kurilmap installed (they import it; no file is read
  on a worker: the texts travel with the tasks);
- ``client=``: a ``distributed.Client`` the caller made (left open).

On a cluster every worker first loads the gazetteer, the registers and the name
automaton once (a worker plugin), a task is a whole shard, and both its input
and its result travel as bytes (Arrow IPC in, Parquet out). At most two tasks
per worker thread are in flight, so the driver's memory stays bounded however
large the corpus. A worker that dies has its task run again by the scheduler
(up to ``distributed.scheduler.allowed-failures`` times); after that the shard
is reported as failed (:class:`Failed`) and the run goes on.

Examples
--------
>>> check_engine(client=None, scheduler="tcp://localhost:8786", workers=None)
>>> check_engine(client=None, scheduler="localhost", workers=None)
Traceback (most recent call last):
...
kurilmap.errors.InputError: scheduler address 'localhost' is not tcp://host:port (or tls://host:port)
>>> with engine() as run:
...     [name for name, _ in run([])]
[]
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias

from kurilmap.errors import InputError, InputTypeError
from kurilmap.news.corpus_shards import annotate_shard, warm
from kurilmap.vocab import as_count

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["Failed", "Runner", "check_engine", "engine", "local_cluster"]

Task: TypeAlias = tuple[str, bytes]
"""A shard's name and its packed articles."""


class Failed(NamedTuple):
    """A shard whose task could not be run (its worker died too often)."""

    reason: str


Runner: TypeAlias = Callable[[Iterable[Task]], Iterator[tuple[str, "bytes | Failed"]]]
"""Runs the tasks; yields each one's name and result as it completes."""

_ADDRESS = re.compile(r"(?:tcp|tls)://(?:\[[0-9A-Fa-f:.]+\]|[\w.-]+):(\d{1,5})")
CONNECT_TIMEOUT = "10s"
"""How long to wait for a scheduler to answer."""


def check_engine(*, client: Any, scheduler: str | None, workers: int | None) -> None:
    """Check the engine options; raise :class:`InputError` naming what is wrong."""
    given = [n for n, v in (("client", client), ("scheduler", scheduler)) if v]
    given += ["workers"] if workers is not None else []
    if len(given) > 1:
        msg = f"give at most one of client, scheduler and workers, not {given}"
        raise InputError(msg)
    if workers is not None:
        as_count(workers, "workers")
    if scheduler is not None:
        found = _ADDRESS.fullmatch(str(scheduler))
        if not found or not 0 < int(found[1]) < 65536:
            msg = (
                f"scheduler address {scheduler!r} is not tcp://host:port "
                "(or tls://host:port)"
            )
            raise InputError(msg)
    if client is not None and not callable(getattr(client, "submit", None)):
        msg = f"client must be a distributed.Client, not {type(client).__name__}"
        raise InputTypeError(msg)


@contextlib.contextmanager
def engine(
    *,
    client: Client | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
) -> Iterator[Runner]:
    """Open the engine asked for; yield a :data:`Runner`; close what was opened."""
    check_engine(client=client, scheduler=scheduler, workers=workers)
    if client is None and scheduler is None and workers is None:
        yield _here
        return
    with contextlib.ExitStack() as stack:
        if client is None:
            client = stack.enter_context(_client(scheduler, workers))
        _warm_workers(client)
        yield lambda tasks: _distributed(client, tasks)


def _here(tasks: Iterable[Task]) -> Iterator[tuple[str, bytes | Failed]]:
    for name, payload in tasks:
        yield name, annotate_shard(payload)


@contextlib.contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[Client]:
    import distributed

    dist: Any = distributed  # partly typed: its constructors are not
    if scheduler is not None:
        try:
            client = dist.Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            msg = f"cannot connect to the Dask scheduler at {scheduler}: {exc}"
            raise InputError(" ".join(msg.split())) from None
        with client:
            yield client
        return
    with local_cluster(workers or 1) as cluster, dist.Client(cluster) as client:
        yield client


def local_cluster(workers: int) -> Any:
    """Return the ``distributed.LocalCluster`` that ``workers=N`` starts.

    N single-threaded worker processes, no dashboard, and no statistical
    profiler in the workers: it samples the running task's stack every 10 ms
    for a dashboard that is not there, and costs annotation time (measured in
    ``benchmarks/bench_corpus.py``). Start it yourself to keep it warm across
    several corpora, and pass its client (``annotate_corpus(..., client=)``).

    Examples
    --------
    >>> from distributed import Client
    >>> with local_cluster(1) as cluster, Client(cluster) as client:
    ...     list(client.nthreads().values())
    [1]
    """
    import dask
    import distributed

    dist: Any = distributed  # partly typed: its constructors are not
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        return dist.LocalCluster(  # each worker takes the config it starts with
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,  # no dashboard; its HTTP routes on a free port:
            scheduler_kwargs={"dashboard_address": ":0"},
        )


def _warm_workers(client: Client) -> None:
    """Register a plugin that loads kurilmap's data in every worker, now and later."""
    from distributed import Worker, WorkerPlugin

    class WarmKurilmap(WorkerPlugin):
        """Load the gazetteer, registers and automaton once per worker process."""

        name = "kurilmap-warm"

        def setup(self, worker: Worker) -> None:  # noqa: ARG002 - the plugin API
            warm()

    client.register_plugin(WarmKurilmap(), name=WarmKurilmap.name)


def _window(client: Any) -> int:
    threads = int(sum(client.nthreads().values()))
    return max(2, 2 * threads)


def _distributed(
    client: Any, tasks: Iterable[Task]
) -> Iterator[tuple[str, bytes | Failed]]:
    import distributed

    dist: Any = distributed
    window = _window(client)
    running: dict[Any, str] = {}
    finished = dist.as_completed()

    def collect() -> tuple[str, bytes | Failed]:
        future = next(finished)
        name = running.pop(future)
        try:
            return name, future.result()
        except dist.KilledWorker as exc:
            reason = f"the worker annotating it died ({type(exc).__name__}: {exc})"
            return name, Failed(" ".join(reason.split()))
        finally:
            future.release()

    try:
        for name, payload in tasks:
            future = client.submit(
                annotate_shard, payload, key=f"kurilmap-shard-{name}"
            )
            running[future] = name
            finished.add(future)
            while len(running) >= window:
                yield collect()
        while running:
            yield collect()
    finally:
        if running:
            client.cancel(list(running))
