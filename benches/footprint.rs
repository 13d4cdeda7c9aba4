//! Start-to-ready time and resident memory of the real `pairbot` binary in console mode:
//! idle after start, and at its peak while it answers a burst of messages.
//!
//! ```sh
//! cargo bench --no-default-features --bench footprint
//! PAIRBOT_BENCH_MESSAGES=2000 cargo bench --no-default-features --bench footprint
//! ```
//!
//! "Ready" is the first reply to `/aide` written on standard output, measured from the
//! process start. Memory is read from `/proc/<pid>/status` (Linux): `VmRSS` now and
//! `VmHWM`, the peak.

mod support;

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use support::status_kb;

fn mb(kb: u64) -> String {
    format!("{:.1}", kb as f64 / 1024.0)
}

/// Starts the console on `db`, with the demo data.
fn start(db: &std::path::Path, home: &std::path::Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_pairbot"))
        .args(["console", "--demo", "--database-url"])
        .arg(db)
        .arg("--files-dir")
        .arg(home.join("files"))
        .env("XDG_CONFIG_HOME", home)
        .env("XDG_DATA_HOME", home)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the pairbot binary")
}

/// The mix of a busy hour: definitions, searches, listings, a quiz.
fn line(i: usize) -> String {
    let user = format!("p{}", i % 50);
    let text = match i % 10 {
        0 => "/start",
        1 => "1",
        2 | 3 => "/definition pair aidance",
        4 | 5 => "/chercher diabète 31",
        6 => "/permanences",
        7 => "/quiz",
        8 => "vrai",
        _ => "/glossaire",
    };
    format!("{user}: {text}\n")
}

fn run(label: &str, db: &std::path::Path, home: &std::path::Path, messages: usize) {
    let started = Instant::now();
    let mut child = start(db, home);
    let pid = child.id();
    let mut stdin = child.stdin.take().expect("stdin");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    stdin.write_all(b"/aide\n").expect("write");
    stdin.flush().expect("flush");
    let mut first = String::new();
    out.read_line(&mut first).expect("read");
    let ready = started.elapsed();
    assert!(first.starts_with("[bot"), "{first}");
    // Idle: the reply is out, nothing else to do.
    std::thread::sleep(Duration::from_millis(500));
    let idle = status_kb(pid, "VmRSS:");
    // A burst, read back as it comes.
    let reader = std::thread::spawn(move || {
        let mut lines = 0usize;
        let mut buf = String::new();
        while out.read_line(&mut buf).map(|n| n > 0).unwrap_or(false) {
            lines += 1;
            buf.clear();
        }
        lines
    });
    let burst = Instant::now();
    for i in 0..messages {
        stdin.write_all(line(i).as_bytes()).expect("write");
    }
    stdin.flush().expect("flush");
    let during = status_kb(pid, "VmRSS:");
    drop(stdin);
    let peak_before_exit = {
        // The peak so far, read just before the process ends on end of input.
        let mut peak = 0;
        while child.try_wait().ok().flatten().is_none() {
            peak = peak.max(status_kb(pid, "VmHWM:"));
            std::thread::sleep(Duration::from_millis(20));
        }
        peak
    };
    let took = burst.elapsed();
    let lines = reader.join().expect("reader");
    println!(
        "| {label} | {} | {} | {} | {} | {messages} in {:.1} s ({lines} lines out) |",
        ready.as_millis(),
        mb(idle),
        mb(during.max(idle)),
        mb(peak_before_exit),
        took.as_secs_f64()
    );
}

fn main() {
    let messages: usize = std::env::var("PAIRBOT_BENCH_MESSAGES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5_000);
    let home = std::env::temp_dir().join(format!("pairbot-footprint-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("temp dir");
    let db = home.join("footprint.db");
    println!("| start | ready ms | idle RSS MB | RSS during the burst MB | peak RSS MB | burst |");
    println!("|---|---|---|---|---|---|");
    // First start: the database is created and the demo data loaded.
    run(
        "first (creates the database, loads the demo)",
        &db,
        &home,
        messages,
    );
    run("again (existing database)", &db, &home, messages);
    let _ = std::fs::remove_dir_all(&home);
}
