"""The `newsevents` command line: thin typer wrappers over plain functions."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, ProgressColumn, SpinnerColumn, Task,
                           TextColumn, TimeElapsedColumn, TimeRemainingColumn)
from rich.table import Table
from rich.text import Text

from pipeline.errors import Errors, NewsEventsError

Arg = typer.Argument
Opt = typer.Option

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                  help="Turn news articles into span-grounded tables of events, actors, casualties, "
                       "locations, claims and dates.")
err_console = Console(stderr=True)
EXIT_NONE_OK = 1
EXIT_USAGE = 2


class DocsPerSecondColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} docs/s" if speed else "- docs/s", style="progress.data.speed")


@app.command()
def extract(
    inputs: List[str] = Arg(..., help="Folders, globs or files (.txt, .jsonl)."),
    out_dir: Path = Opt(..., "--out", "-o", help="Output folder for the tables."),
    model: Optional[str] = Opt(None, "--model", help="spaCy pipeline to use (package name or path)."),
    config: Optional[Path] = Opt(None, "--config", help="Pipeline config (default: models/pipeline.toml)."),
    published: Optional[str] = Opt(None, "--published", help="Default publication date, YYYY-MM-DD."),
    batch_size: Optional[int] = Opt(None, "--batch-size", min=1, help="Documents per nlp.pipe batch."),
    workers: int = Opt(1, "--workers", min=1, help="Worker processes."),
    resume: bool = Opt(False, "--resume", help="Continue an interrupted run in OUT_DIR."),
    overwrite: bool = Opt(False, "--overwrite", help="Replace the results already in OUT_DIR."),
    shard: Optional[str] = Opt(None, "--shard", help="I/N: process documents I, I+N, ... (merge with `merge`)."),
    max_bytes: int = Opt(20_000_000, "--max-bytes", min=1, help="Skip inputs larger than this."),
    formats: List[str] = Opt([], "--format", help="Also write the tables as sqlite or parquet (repeatable)."),
    engine: str = Opt("local", "--engine", help="local (worker processes here) or dask."),
    scheduler: Optional[str] = Opt(None, "--scheduler", help="Dask scheduler address (default: a local cluster)."),
    quiet: bool = Opt(False, "--quiet", "-q", help="No progress bar or summary."),
) -> None:
    """Extract the tables from a batch of articles."""
    from pipeline.extract import ExtractOptions, parse_published, parse_shard, run_extract

    options = ExtractOptions(model=model, config=str(config) if config else None,
                             published=parse_published(published), batch_size=batch_size,
                             workers=workers, resume=resume, overwrite=overwrite, shard=parse_shard(shard),
                             engine=engine, scheduler=scheduler, max_bytes=max_bytes, formats=tuple(formats))
    if set(formats) - {"csv", "sqlite", "parquet"}:
        raise typer.BadParameter("--format takes csv, sqlite or parquet")
    if engine not in ("local", "dask"):
        raise typer.BadParameter("--engine must be local or dask")
    progress = Progress(SpinnerColumn(), TextColumn("extract"), BarColumn(), MofNCompleteColumn(),
                        DocsPerSecondColumn(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                        console=err_console, disable=quiet)
    task = progress.add_task("extract", total=None)
    with progress:
        summary = run_extract(inputs, out_dir, options=options,
                              on_start=lambda total: progress.update(task, total=total),
                              on_progress=lambda n: progress.advance(task, n))
    if not quiet:
        _print_summary(summary)
    if not summary.any_ok:
        raise typer.Exit(EXIT_NONE_OK)


def _print_summary(summary) -> None:
    table = Table(title=f"newsevents extract -> {summary.out_dir}", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    for status in ("ok", "failed", "skipped"):
        table.add_row(f"documents {status}", str(summary.status.get(status, 0)))
    if summary.resumed:
        table.add_row("documents already done (resumed)", str(summary.resumed))
    for name, count in summary.rows.items():
        table.add_row(f"{name} rows", str(count))
    table.add_row("elapsed", f"{summary.elapsed:.1f} s")
    err_console.print(table)


@app.command()
def merge(
    shards: List[Path] = Arg(..., help="Shard folders written by `extract --shard I/N`."),
    out_dir: Path = Opt(..., "--out", "-o", help="The merged output folder."),
    overwrite: bool = Opt(False, "--overwrite", help="Replace the results already in OUT_DIR."),
) -> None:
    """Combine shard folders into one run, identical to an unsharded run."""
    from pipeline.extract import merge_runs

    summary = merge_runs(shards, out_dir, overwrite=overwrite)
    _print_summary(summary)


@app.command()
def validate(
    out_dir: Path = Arg(..., help="A folder written by `newsevents extract`."),
    limit: int = Opt(50, "--limit", help="Show at most this many violations."),
) -> None:
    """Check every table's columns and every span of every row against the document text."""
    from pipeline.validate import validate_run

    problems = validate_run(out_dir)
    if not problems:
        err_console.print(f"[green]valid[/green]: {out_dir} satisfies the output contract")
        return
    for problem in problems[:limit]:
        err_console.print(f"[red]invalid[/red] {problem}", markup=True, highlight=False)
    if len(problems) > limit:
        err_console.print(f"... and {len(problems) - limit} more")
    err_console.print(f"{len(problems)} violation(s) in {out_dir}")
    raise typer.Exit(EXIT_NONE_OK)


EXIT_BELOW_BAR = 3


@app.command()
def evaluate(
    pred_dir: Path = Arg(..., help="A folder written by `newsevents extract`."),
    gold: Path = Arg(..., help="Gold: JSONL file, CSV folder, brat folder, Label Studio JSON, .tml folder or records CSV."),
    fmt: str = Opt("auto", "--format", help="auto, jsonl, csv, brat, labelstudio, timeml or records."),
    match: str = Opt("strict", "--match", help="Pairs for attribute scores: strict (same span) or overlap."),
    min_overlap: float = Opt(0.0, "--min-overlap", min=0.0, max=1.0,
                             help="Least overlap (shared chars / longer span) for a partial match."),
    tolerance: float = Opt(0.2, "--tolerance", min=0.0, help="Relative tolerance for casualty counts."),
    label_map: Optional[Path] = Opt(None, "--label-map", help="Label map for brat / Label Studio gold."),
    report_json: Optional[Path] = Opt(None, "--output", "-o", help="Write the JSON report here."),
    report_html: Optional[Path] = Opt(None, "--html", help="Write an HTML error report here."),
    fail_under: List[str] = Opt([], "--fail-under", help="METRIC=VALUE; exit 3 when a metric is below it."),
) -> None:
    """Score extracted tables against span-level or record-level gold."""
    import json

    from pipeline.evaluate.report import print_report, write_html
    from pipeline.evaluate.run import FORMATS, evaluate_run, failures, parse_fail_under
    from pipeline.tables import atomic_open

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    if match not in ("strict", "overlap"):
        raise typer.BadParameter("--match must be strict or overlap")
    bars = parse_fail_under(fail_under)
    report = evaluate_run(pred_dir, gold, fmt=fmt, match=match, min_overlap=min_overlap, tolerance=tolerance,
                          label_map=label_map)
    print_report(report, Console())
    if report_json is not None:
        with atomic_open(report_json) as handle:
            handle.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    if report_html is not None:
        write_html(report, report_html)
    below = failures(report["metrics"], bars)
    for line in below:
        err_console.print(f"[red]below bar[/red]: {line}")
    if below:
        raise typer.Exit(EXIT_BELOW_BAR)


@app.command()
def review(
    target: str = Arg(..., help="A run folder to review, or 'export'."),
    run_dir: Optional[Path] = Arg(None, help="With 'export': the run folder."),
    out: Optional[Path] = Opt(None, "--out", "-o", help="With 'export': the gold folder to write."),
    include_unreviewed: bool = Opt(False, "--all", help="With 'export': also documents not marked reviewed."),
    host: str = Opt("127.0.0.1", "--host", help="Address to bind (default: this machine only)."),
    port: int = Opt(8765, "--port", help="Port to listen on."),
) -> None:
    """Review a run in the browser: `newsevents review OUT_DIR`; write the reviewed rows as
    gold: `newsevents review export OUT_DIR -o GOLD`."""
    if target == "export":
        from pipeline.review.data import export_gold

        if run_dir is None or out is None:
            raise typer.BadParameter("usage: newsevents review export OUT_DIR -o GOLD_DIR")
        counts = export_gold(run_dir, out, include_unreviewed=include_unreviewed)
        err_console.print(f"gold written to {out}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        return
    from pipeline.review.app import serve

    if not (Path(target) / "documents.csv").exists():
        raise NewsEventsError(Errors.E007.format(path=target))
    err_console.print(f"reviewing {target} at http://{host}:{port}/ (Ctrl+C to stop)")
    serve(target, host=host, port=port)


@app.command("export")
def export_cmd(
    run_dir: Path = Arg(..., help="A folder written by `newsevents extract`."),
    to: str = Opt(..., "--to", help="labelstudio or brat."),
    out: Path = Opt(..., "--out", "-o", help="A .json file (labelstudio) or a folder (brat)."),
) -> None:
    """Write predictions for review in Label Studio or brat; `evaluate` reads both back."""
    from pipeline.review.exports import export_brat, export_labelstudio

    if to not in ("labelstudio", "brat"):
        raise typer.BadParameter("--to must be labelstudio or brat")
    count = export_labelstudio(run_dir, out) if to == "labelstudio" else export_brat(run_dir, out)
    err_console.print(f"{count} documents written to {out} ({to})")


def main() -> None:
    try:
        app()
    except NewsEventsError as err:
        err_console.print(f"error: {err}", markup=False, highlight=False)
        sys.exit(EXIT_USAGE)


if __name__ == "__main__":
    main()
