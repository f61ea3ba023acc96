//! `screener`: parse the command line, set up logging, dispatch, map errors to exit codes.

use anyhow::Context;
use clap::Parser;
use screener::cli::{Cli, Command, LexiconCommand, LogFormat, ScreenArgs};
use screener::item::Item;
use screener::screen::lexicon::{self, LexiconSource};
use screener::screen::{Screener, ScreenerOptions};
use std::io::{BufRead, Write};
use std::process::ExitCode;
use std::sync::Arc;

/// mimalloc instead of glibc's malloc: screening allocates many small, short-lived buffers on the
/// screening threads that the async threads free, which glibc serves through contended arenas
/// (measured: about 10 % of the worker's CPU in malloc and free; see docs/worker.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    init_tracing(cli.log_format);
    quiet_panics();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("screener: {}", error_chain(&e));
            ExitCode::FAILURE
        }
    }
}

/// Reports a command-line error in Chinese, with what clap found wrong (the argument, the value,
/// the values allowed, a similar argument), and exits with clap's status 2; `--help` and
/// `--version` print as clap writes them (status 0).
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join("、")),
        _ => None,
    };
    let arg = context(ContextKind::InvalidArg).unwrap_or_default();
    let value = context(ContextKind::InvalidValue).unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => e.exit(),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let mut m = format!("参数 {arg} 的值“{value}”无效");
            if let Some(valid) = context(ContextKind::ValidValue) {
                m.push_str(&format!("，可选：{valid}"));
            }
            // the parser's reason: the standard library's in English is said here in Chinese,
            // the project's own parsers give theirs in Chinese already
            if let Some(reason) = std::error::Error::source(&e) {
                if reason.is::<std::num::ParseIntError>() {
                    m.push_str("：应为非负整数");
                } else if reason.is::<std::num::ParseFloatError>() {
                    m.push_str("：应为数字");
                } else {
                    m.push_str(&format!("：{reason}"));
                }
            }
            m
        }
        ErrorKind::UnknownArgument => format!("不认识的参数 {arg}"),
        ErrorKind::InvalidSubcommand => format!(
            "不认识的子命令 {}",
            context(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => format!("缺少必需的参数 {arg}"),
        ErrorKind::MissingSubcommand => "缺少子命令".to_owned(),
        ErrorKind::ArgumentConflict => format!("参数 {arg} 不能和其他参数同时使用"),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => {
            format!("参数 {arg} 的值个数不对")
        }
        _ => "命令行参数有误".to_owned(),
    };
    eprintln!("screener: {message}");
    if let Some(similar) = context(ContextKind::SuggestedArg) {
        eprintln!("  是不是想用 {similar}？");
    }
    eprintln!("  用 `screener --help` 查看用法（英文）");
    ExitCode::from(2)
}

/// An error and its causes on one line, `: `-separated, leaving out a cause its error already
/// quotes (our errors name their cause in their text, and anyhow's `{:#}` would repeat it).
fn error_chain(e: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in e.chain() {
        let text = cause
            .downcast_ref::<std::io::Error>()
            .and_then(io_in_chinese)
            .map_or_else(|| cause.to_string(), str::to_owned);
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}

/// The common file and network errors in Chinese, for the operators (the system's own text is
/// English: `No such file or directory (os error 2)`); `None` for the others, shown as they are.
fn io_in_chinese(e: &std::io::Error) -> Option<&'static str> {
    use std::io::ErrorKind::*;
    Some(match e.kind() {
        NotFound => "文件或目录不存在",
        PermissionDenied => "没有权限",
        IsADirectory => "这是一个目录，不是文件",
        ConnectionRefused => "连接被拒绝（服务没有启动？）",
        TimedOut => "连接超时",
        _ => return None,
    })
}

/// Reports a panic by where it happened, never by its message: a message may quote the text being
/// screened (`byte index 11 is not a char boundary; it is inside '贴' of ...`), and personal
/// information must not reach logs. Callers catch the panic and say which item it hit.
fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map_or_else(String::new, |l| format!(" ({}:{})", l.file(), l.line()));
        tracing::error!("内部错误{at}；详情不予记录，以免泄露条目内容");
    }));
}

fn init_tracing(format: LogFormat) {
    // lapin logs the whole body of a returned (unroutable) message at WARN: that is item text, which
    // must never reach the logs. The worker reports the return itself, without the body.
    let filter = tracing_subscriber::EnvFilter::try_from_env("SCREENER_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"))
        .add_directive(
            "lapin::returned_messages=off"
                .parse()
                .expect("static directive"),
        );
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // colours only for a person at a terminal, not in log files and pipes
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    match format {
        LogFormat::Text => builder.init(),
        LogFormat::Json => builder.json().flatten_event(true).init(),
    }
}

fn source(cli: &Cli) -> LexiconSource {
    match &cli.lexicons {
        Some(d) => LexiconSource::Dir(d.clone()),
        None => LexiconSource::default_for_cwd(),
    }
}

fn load(cli: &Cli, no_boundary_check: bool) -> anyhow::Result<Screener> {
    let opts = ScreenerOptions {
        lexicons: source(cli),
        extra: cli.extra_lexicons.clone(),
        no_boundary_check,
    };
    Screener::load(&opts).context("加载词库失败")
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match &cli.command {
        Command::Screen(args) => {
            let screener = load(&cli, args.no_boundary_check)?;
            screen(&screener, args)
        }
        Command::Worker(args) => {
            let screener = Arc::new(load(&cli, false)?);
            screener::worker::run(screener, &cli.amqp_url, args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Enqueue(args) => screener::worker::enqueue(&cli.amqp_url, args),
        Command::Lexicon(LexiconCommand::Lint) => {
            let diags = lexicon::lint(&source(&cli), &cli.extra_lexicons)?;
            let errors = diags
                .iter()
                .filter(|d| d.severity == lexicon::DiagnosticSeverity::Error)
                .count();
            for d in &diags {
                println!("{d}");
            }
            let checked = match source(&cli) {
                LexiconSource::Dir(d) => d.display().to_string(),
                LexiconSource::Embedded => "内置词库".into(),
            };
            let extra: Vec<String> = cli
                .extra_lexicons
                .iter()
                .map(|d| d.display().to_string())
                .collect();
            let extra = if extra.is_empty() {
                String::new()
            } else {
                format!("（另加 {}）", extra.join("、"))
            };
            println!(
                "已检查 {checked}{extra}：{} 处错误，{} 处警告",
                errors,
                diags.len() - errors
            );
            Ok(if errors > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Lexicon(LexiconCommand::Version) => {
            let screener = load(&cli, false)?;
            println!("{}", screener.lexicon_version());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Lines screened per batch: large enough to keep every core busy, small enough to stream.
const BATCH: usize = 512;

fn screen(screener: &Screener, args: &ScreenArgs) -> anyhow::Result<ExitCode> {
    use rayon::prelude::*;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .context("线程池创建失败")?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut malformed = 0usize;
    let mut failed = 0usize;
    let inputs: Vec<(String, Box<dyn BufRead>)> = if args.files.is_empty() {
        vec![("<stdin>".into(), Box::new(std::io::stdin().lock()))]
    } else {
        args.files
            .iter()
            .map(|p| {
                // `-` is standard input, as with other line tools (`cat a.jsonl | screener screen
                // - b.jsonl`)
                if p.as_os_str() == "-" {
                    return Ok((
                        "<stdin>".to_owned(),
                        Box::new(std::io::stdin().lock()) as Box<dyn BufRead>,
                    ));
                }
                let f =
                    std::fs::File::open(p).with_context(|| format!("无法打开 {}", p.display()))?;
                Ok((
                    p.display().to_string(),
                    Box::new(std::io::BufReader::new(f)) as Box<dyn BufRead>,
                ))
            })
            .collect::<anyhow::Result<_>>()?
    };
    for (name, reader) in inputs {
        let mut lines = reader.split(b'\n').enumerate();
        loop {
            let mut batch = Vec::with_capacity(BATCH);
            for (n, line) in lines.by_ref().take(BATCH) {
                let line = line.with_context(|| format!("读取 {name} 失败"))?;
                batch.push((n + 1, line));
            }
            if batch.is_empty() {
                break;
            }
            let results: Vec<_> = pool.install(|| {
                batch
                    .par_iter()
                    .map(|(n, line)| {
                        let line = line.strip_suffix(b"\r").unwrap_or(line);
                        // a byte order mark, a file's or where files were joined with `cat`, is
                        // no part of the item
                        let line = line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line);
                        if line.iter().all(u8::is_ascii_whitespace) {
                            return (*n, None);
                        }
                        let verdict = Item::from_slice(line).map(|item| {
                            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                screener.screen(&item)
                            }))
                        });
                        (*n, Some(verdict))
                    })
                    .collect()
            });
            for (n, r) in results {
                match r {
                    None => {}
                    Some(Ok(Ok(v))) => {
                        screener::item::write_json_line(&mut out, &v)?;
                    }
                    Some(Ok(Err(_))) => {
                        failed += 1;
                        eprintln!("{name}:{n}: 筛查此条目时发生内部错误，已跳过（请报告此问题）");
                    }
                    Some(Err(e)) => {
                        malformed += 1;
                        eprintln!("{name}:{n}: 条目格式错误，已跳过：{e}");
                    }
                }
            }
        }
    }
    out.flush()?;
    if malformed > 0 {
        eprintln!("screener: {malformed} 行格式错误");
    }
    if failed > 0 {
        eprintln!("screener: {failed} 行筛查时发生内部错误");
    }
    if malformed + failed > 0 {
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}
