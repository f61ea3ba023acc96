//! `screener screen` and `screener lexicon` as a user runs them (contract §5).

use std::io::Write;
use std::process::{Command, Stdio};

fn screener() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_screener"));
    // run outside the repository so that the built-in lexicons are used, as in production
    c.current_dir(std::env::temp_dir());
    c
}

/// The `id` of each verdict line of `screen`'s output, in order.
fn verdict_ids(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

fn run_with_stdin(args: &[&str], input: &str) -> (String, String, i32) {
    let mut child = screener()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("screener runs");
    // Feed stdin from another thread: the child writes verdicts while it reads, and would block on
    // a full stdout pipe if we wrote everything before reading.
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_owned();
    let feeder = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn malformed_lines_are_reported_with_line_numbers_and_the_rest_still_screened() {
    let input = concat!(
        r#"{"id":"a","kind":"comment","body":"维西的春天真美！","in_reply_to":"p"}"#,
        "\n",
        "not json at all 13987654321\n",
        "\n",
        r#"{"id":"b","kind":"post","body":"x"}"#,
        "\n",
        r#"{"id":"c","kind":"comment","body":"网-络-赌-博","in_reply_to":"p"}"#,
        "\n",
    );
    let (stdout, stderr, code) = run_with_stdin(&["screen"], input);
    assert_ne!(code, 0, "malformed input makes the exit status non-zero");
    let ids = verdict_ids(&stdout);
    assert_eq!(
        ids,
        ["a", "c"],
        "verdicts for the good lines, in input order"
    );
    assert!(stderr.contains("<stdin>:2:"), "{stderr}");
    assert!(stderr.contains("<stdin>:4:"), "{stderr}");
    assert!(!stderr.contains(":3:"), "empty lines are ignored: {stderr}");
    assert!(
        !stderr.contains("13987654321"),
        "errors never echo the input: {stderr}"
    );
}

// Kind: a file that cannot be read is named, and why, in Chinese (the system's own text is English).
#[test]
fn unreadable_files_are_reported_in_chinese() {
    let (_, stderr, code) = run_with_stdin(&["screen", "/nonexistent/items.jsonl"], "");
    assert_ne!(code, 0);
    assert!(
        stderr.contains("/nonexistent/items.jsonl") && stderr.contains("文件或目录不存在"),
        "{stderr}"
    );
    assert!(!stderr.contains("No such file"), "{stderr}");
}

// Kind: `-` among the files is standard input, read where it stands (new-user trial, session of
// 2026-12-07: `screen -` failed with 无法打开 -).
#[test]
fn a_dash_reads_standard_input_in_its_place() {
    let dir = std::env::temp_dir().join(format!("screener-dash-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("b.jsonl");
    std::fs::write(
        &file,
        "{\"id\":\"from-file\",\"kind\":\"comment\",\"body\":\"维西的春天真美\",\"in_reply_to\":\"p\"}\n",
    )
    .unwrap();
    let input =
        "{\"id\":\"from-stdin\",\"kind\":\"comment\",\"body\":\"好\",\"in_reply_to\":\"p\"}\n";
    let (stdout, stderr, code) = run_with_stdin(&["screen", "-", file.to_str().unwrap()], input);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(code, 0, "{stderr}");
    let ids = verdict_ids(&stdout);
    assert_eq!(ids, ["from-stdin", "from-file"]);
}

// Kind: files joined with `cat`, each starting with a UTF-8 byte order mark: the mark is the
// file's, and the item after it is screened.
#[test]
fn byte_order_marks_at_line_starts_are_ignored() {
    let item =
        |id: &str| format!(r#"{{"id":"{id}","kind":"comment","body":"好","in_reply_to":"p"}}"#);
    let input = format!(
        "\u{feff}{}\n{}\n\u{feff}{}\n",
        item("a"),
        item("b"),
        item("c")
    );
    let (stdout, stderr, code) = run_with_stdin(&["screen"], &input);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.lines().count(), 3, "{stdout}");
}

#[test]
fn output_keeps_input_order_across_batches_and_threads() {
    let input: String = (0..2000)
        .map(|i| format!("{{\"id\":\"{i}\",\"kind\":\"comment\",\"body\":\"第{i}条留言，代开发票\",\"in_reply_to\":\"p\"}}\n"))
        .collect();
    let (stdout, _, code) = run_with_stdin(&["screen", "--jobs", "2"], &input);
    assert_eq!(code, 0);
    let ids: Vec<usize> = verdict_ids(&stdout)
        .iter()
        .map(|id| id.parse().unwrap())
        .collect();
    assert_eq!(ids, (0..2000).collect::<Vec<_>>());
}

#[test]
fn screen_refuses_zero_jobs_like_the_worker() {
    // `0` would otherwise mean all cores without saying so
    let (stdout, stderr, code) = run_with_stdin(&["screen", "--jobs", "0"], "");
    assert_ne!(code, 0);
    assert!(stdout.is_empty());
    assert!(stderr.contains("须大于 0"), "{stderr}");
}

/// Operators read the command line's errors in Chinese: the argument, the value and what it
/// should be, with clap's usage status 2; `--help` stays clap's own.
#[test]
fn command_line_errors_are_in_chinese() {
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["worker", "--prefetch", "abc"],
            &["--prefetch", "“abc”", "应为非负整数"],
        ),
        (
            &["screen", "--log-format", "xml"],
            &["“xml”", "可选：text、json"],
        ),
        (&["screen", "--bogus"], &["不认识的参数 --bogus"]),
        (&["frobnicate"], &["不认识的子命令 frobnicate"]),
    ];
    for (args, expected) in cases {
        let (_, err, code) = run_with_stdin(args, "");
        assert_eq!(code, 2, "{args:?}: {err}");
        for e in *expected {
            assert!(err.contains(e), "{args:?}: {err}");
        }
        assert!(!err.contains("error:"), "{args:?}: clap's English: {err}");
    }
    let (out, _, code) = run_with_stdin(&["--help"], "");
    assert_eq!(code, 0);
    assert!(out.contains("Usage: screener"), "{out}");
}

#[test]
fn shipped_lexicons_lint_clean_and_version_matches_verdicts() {
    let lint = screener().args(["lexicon", "lint"]).output().unwrap();
    let text = String::from_utf8_lossy(&lint.stdout);
    assert!(lint.status.success(), "{text}");
    assert!(text.contains("0 处错误"), "{text}");
    let version = screener().args(["lexicon", "version"]).output().unwrap();
    let version = String::from_utf8(version.stdout).unwrap().trim().to_owned();
    assert!(version.starts_with("sha256:"), "{version}");
    let (stdout, _, _) = run_with_stdin(
        &["screen"],
        r#"{"id":"a","kind":"comment","body":"","in_reply_to":"p"}"#,
    );
    let v: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(v["lexicon_version"], version.as_str());
}

#[test]
fn lint_reports_file_and_line_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.lex"),
        "@category x\n@draft takedown\n词一\n",
    )
    .unwrap();
    let out = screener()
        .args(["lexicon", "lint", "--lexicons"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("bad.lex:2:"), "{text}");
    // and screening refuses to start with a broken lexicon rather than screen with half of it
    let out = screener()
        .args(["screen", "--lexicons"])
        .arg(dir.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.lex:2:"));
}

#[test]
fn extra_plain_list_loads_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("words.txt"), "奇怪词\n&\n\n").unwrap();
    let list = dir.path().to_str().unwrap();
    let (stdout, stderr, code) = run_with_stdin(
        &["screen", "--extra-lexicon", list],
        r#"{"id":"a","kind":"comment","body":"这是奇怪词","in_reply_to":"p"}"#,
    );
    assert_eq!(code, 0, "{stderr}");
    let v: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(v["findings"][0]["rule"], "lexicon.external");
    assert_eq!(v["route"], "escalate");
}

#[test]
fn extra_lexicons_only_add_findings() {
    // Kind: a longer external term (赌博机) must not swallow the built-in 赌博 and lower the route.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("words.txt"), "赌博机\n").unwrap();
    let (stdout, stderr, code) = run_with_stdin(
        &["screen", "--extra-lexicon", dir.path().to_str().unwrap()],
        r#"{"id":"a","kind":"comment","body":"茶楼暗藏赌博机","in_reply_to":"p"}"#,
    );
    assert_eq!(code, 0, "{stderr}");
    let v: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
    assert_eq!(v["route"], "takedown", "{v}");
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(
        rules.contains(&"lexicon.illegal") && rules.contains(&"lexicon.external"),
        "{rules:?}"
    );
}

#[test]
fn lint_rejects_unknown_rule_ids_in_the_policy() {
    // Kind: a misspelt rule id would silently leave the built-in action in force.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("e.lex"),
        "@category emergency\n@draft county_office\n@comment escalate\n地震\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("policy.toml"),
        "[actions]\n\"lexicon.emergency\" = { draft = \"returned\" }\n\"unit.namd\" = { draft = \"note\" }\n",
    )
    .unwrap();
    let out = screener()
        .args(["lexicon", "lint", "--lexicons"])
        .arg(dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{text}");
    assert!(
        text.contains("policy.toml:3:") && text.contains("unit.namd"),
        "{text}"
    );
    assert!(!text.contains("lexicon.emergency”不存在"), "{text}");
}
