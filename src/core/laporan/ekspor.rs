//! Getting results out: tab-separated text that pastes cleanly into Excel and Word, and CSV
//! with `;` and decimal commas (what Excel in an Indonesian locale opens directly).

use crate::core::laporan::anggaran::BarisTampilAnggaran;
use crate::core::laporan::kinerja::{BarisKinerja, BarisSasaran};

/// The results table as rows to export: a header, each indikator, each sasaran summary, and
/// the instansi row, with the values as shown.
pub fn ekspor_kinerja(baris: &[BarisKinerja], instansi: &BarisSasaran) -> Vec<Vec<String>> {
    let judul = [
        "Sasaran",
        "Indikator",
        "Satuan",
        "Target",
        "Realisasi",
        "Capaian (%)",
        "Predikat",
    ];
    let mut rows = vec![judul.map(String::from).to_vec()];
    let ringkas = |nama: &str, apa: &str, s: &BarisSasaran| {
        let mut r = vec![nama.to_string(), apa.to_string()];
        r.extend([String::new(), String::new(), String::new()]);
        r.extend([s.capaian.clone(), s.predikat.clone()]);
        r
    };
    for b in baris {
        rows.push(match b {
            BarisKinerja::Indikator(i) => vec![
                i.sasaran.clone(),
                i.nama.clone(),
                i.satuan.clone(),
                i.target.clone(),
                i.realisasi.clone(),
                i.capaian.clone(),
                i.predikat.clone(),
            ],
            BarisKinerja::Sasaran(s) => ringkas(&s.nama, "Capaian sasaran", s),
        });
    }
    rows.push(ringkas(&instansi.nama, "", instansi));
    rows
}

/// The budget table as rows to export: a header, every row as shown, and the total.
pub fn ekspor_anggaran(
    baris: &[BarisTampilAnggaran],
    total: &BarisTampilAnggaran,
) -> Vec<Vec<String>> {
    let judul = [
        "Kode",
        "Uraian",
        "Anggaran (Rp)",
        "Realisasi (Rp)",
        "Sisa (Rp)",
        "Serapan (%)",
    ];
    let mut rows = vec![judul.map(String::from).to_vec()];
    for b in baris.iter().chain([total]) {
        rows.push(vec![
            b.kode.clone(),
            b.uraian.clone(),
            b.anggaran.clone(),
            b.realisasi.clone(),
            b.sisa.clone(),
            b.serapan.clone(),
        ]);
    }
    rows
}

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
        let teks = tsv(&rows);
        let (_, back) = crate::core::teks::tabel::pisah_tabel(&teks);
        assert_eq!(back[1].sel[1], "101,11");
    }
}
