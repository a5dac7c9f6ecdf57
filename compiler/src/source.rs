//! The source files of one compilation: their paths and texts, indexed by
//! `Span::file`. Also converts byte offsets to 1-based line/column pairs.

/// One loaded source file.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The path as shown in diagnostics and traces (e.g. `hello.go`, `$GOROOT/src/fmt/fmt.go`).
    pub path: String,
    pub text: String,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> SourceFile {
        let text = text.into();
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and 1-based column (in bytes, as Go reports them) of byte `offset`.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let col = offset - self.line_starts[line - 1] + 1;
        (line as u32, col as u32)
    }
}

/// All files of a compilation.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    pub files: Vec<SourceFile>,
}

impl SourceMap {
    /// Adds a file and returns its index (the `Span::file` of its nodes).
    pub fn add(&mut self, path: impl Into<String>, text: impl Into<String>) -> u32 {
        self.files.push(SourceFile::new(path, text));
        (self.files.len() - 1) as u32
    }

    /// The file of a `Span::file` (instantiation tags in the high bits are ignored).
    pub fn file(&self, id: u32) -> &SourceFile {
        &self.files[(id & crate::syntax::ast::Span::FILE_MASK) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_is_one_based() {
        let f = SourceFile::new("a.go", "ab\ncd\n\nx");
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(1), (1, 2));
        assert_eq!(f.line_col(3), (2, 1));
        assert_eq!(f.line_col(7), (4, 1));
    }
}
