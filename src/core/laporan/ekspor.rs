//! Getting results out: tab-separated text that pastes cleanly into Excel and Word, and CSV
//! with `;` and decimal commas (what Excel in an Indonesian locale opens directly).

/// Tab-separated rows; tabs and line breaks inside a cell become spaces.
pub fn tsv(rows: &[Vec<String>]) -> String {
    rows.iter()
        .map(|r| {
            r.iter()
                .map(|c| c.replace(['\t', '\n', '\r'], " "))
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `;`-separated rows, quoting a cell that holds `;`, a quote or a line break.
pub fn csv(rows: &[Vec<String>]) -> String {
    let cell = |c: &String| {
        if c.contains([';', '"', '\n', '\r']) {
            format!("\"{}\"", c.replace('"', "\"\""))
        } else {
            c.clone()
        }
    };
    let mut out = rows
        .iter()
        .map(|r| r.iter().map(cell).collect::<Vec<_>>().join(";"))
        .collect::<Vec<_>>()
        .join("\r\n");
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_and_csv() {
        let rows = vec![
            vec!["Indikator".to_string(), "Capaian".into()],
            vec!["IKM; \"survei\"\nbaru".into(), "101,11".into()],
        ];
        assert_eq!(
            tsv(&rows),
            "Indikator\tCapaian\nIKM; \"survei\" baru\t101,11"
        );
        assert_eq!(
            csv(&rows),
            "Indikator;Capaian\r\n\"IKM; \"\"survei\"\"\nbaru\";101,11\r\n"
        );
        // what the paste reader reads back
        let (_, back) = crate::core::teks::tabel::pisah_tabel(&tsv(&rows));
        assert_eq!(back[1].sel[1], "101,11");
    }
}
