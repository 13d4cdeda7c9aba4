//! Prints which crisis phrases each line of standard input matches (to tune the lexicon).
use std::io::BufRead;
fn main() {
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let text = line.split_once('\t').map_or(line.as_str(), |(_, t)| t);
        let found = pairbot::features::safety::assess(text);
        let names: Vec<&str> = found.categories().map(|c| c.name()).collect();
        println!(
            "{:?} {:?} <- {line}",
            names,
            pairbot::features::safety::explain(text)
        );
    }
}
