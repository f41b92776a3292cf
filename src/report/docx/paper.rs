//! What makes the appendix read well on paper: a number stays on the line
//! of its unit ("€ 1.000", "20 %", "12 mln", "3,22 fte" never break after
//! the number or the euro sign), a long table repeats its header row on
//! every page and never splits a row across pages (`table()` marks every
//! row `cantSplit`; the first gets `tblHeader` here, which docx-rs has no
//! builder for), and a heading stays with what follows it (`heading()`).

/// `text` with no-break spaces where a number and its unit meet: after
/// "€", before "%", and before "mln" and "fte" that follow a number.
pub fn keep_units(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c != ' ' {
            out.push(c);
            continue;
        }
        let before = i.checked_sub(1).map(|j| chars[j]);
        let rest: String = chars[i + 1..].iter().take(4).collect();
        let unit_follows = rest.starts_with('%')
            || ((rest.starts_with("mln") || rest.starts_with("fte"))
                && before.is_some_and(|b| b.is_ascii_digit()));
        if before == Some('€') || unit_follows {
            out.push('\u{a0}');
        } else {
            out.push(' ');
        }
    }
    out
}

/// The document's XML with the first row of every table marked as its
/// header row: Word and LibreOffice repeat it at the top of each page the
/// table runs onto.
pub fn repeat_header_rows(document: &[u8]) -> Vec<u8> {
    let xml = String::from_utf8_lossy(document);
    let mut out = String::with_capacity(xml.len() + 1024);
    let mut rest: &str = &xml;
    while let Some(at) = rest.find("<w:tbl>") {
        let (before, table) = rest.split_at(at);
        out.push_str(before);
        match table.find(CANT_SPLIT) {
            Some(row) => {
                let end = row + CANT_SPLIT.len();
                out.push_str(&table[..end]);
                out.push_str("<w:tblHeader />");
                rest = &table[end..];
            }
            None => {
                out.push_str(table);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.into_bytes()
}

/// How docx-rs writes a row that must not split across pages.
const CANT_SPLIT: &str = "<w:cantSplit />";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_stay_with_their_numbers() {
        assert_eq!(
            keep_units("€ 12 mln × 0,02417 fte/mln = 0,29 fte; 20 % en mln"),
            "€\u{a0}12\u{a0}mln × 0,02417\u{a0}fte/mln = 0,29\u{a0}fte; 20\u{a0}% en mln"
        );
    }

    #[test]
    fn the_first_row_of_each_table_repeats() {
        let xml = "<w:tbl><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr></w:tbl><w:p/><w:tbl><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr></w:tbl>";
        let marked = String::from_utf8(repeat_header_rows(xml.as_bytes())).unwrap();
        assert_eq!(marked.matches("<w:tblHeader />").count(), 2);
        assert!(marked.starts_with("<w:tbl><w:tr><w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>"));
    }
}
