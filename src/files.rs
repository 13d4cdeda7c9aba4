//! Files the bot writes hold personal data or secrets (the database, exports, the Matrix
//! session and stores): they are created readable by their owner only, folders 0700 and
//! files 0600, never loosened afterwards.

use std::io;
use std::path::Path;

/// Creates `dir` and any missing parent, each new one readable by its owner only. A folder
/// that already exists keeps its permissions (the operator chose them).
pub fn private_dir(dir: &Path) -> io::Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Writes `bytes` to `path`, a file readable by its owner only from its creation (not
/// restricted after being written, when another user could already have opened it).
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    // An existing file keeps its mode through `open`: narrowed here.
    restrict(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Creates `path` empty and owner-only if it does not exist; narrows an existing one to its
/// owner (the SQLite database, whose journal files then take the same permissions).
pub fn private_file(path: &Path) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?;
    restrict(path)
}

/// Readable and writable by the owner only.
fn restrict(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn folders_and_files_are_their_owners_only() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("a/b");
        private_dir(&dir).unwrap();
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&root.path().join("a")), 0o700);
        let file = dir.join("export.csv");
        write_private(&file, b"secret").unwrap();
        assert_eq!(mode(&file), 0o600);
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&file, b"again").unwrap();
        assert_eq!(mode(&file), 0o600);
        let db = dir.join("pairbot.db");
        private_file(&db).unwrap();
        assert_eq!(mode(&db), 0o600);
    }
}
