//! Reading a pasted budget table, as a pipeline of small stages:
//! 1. cut the paste to the size limit, split it into rows, drop rows of dashes;
//! 2. find the header block ([`cari_judul`]): the row with most budget header words, and the
//!    row under it when it continues the header (seed 000: REALISASI over KEUANGAN / % / FISIK);
//! 3. give each column a role, from the header or guessed ([`tebak_kolom`]);
//! 4. decide each money column's convention;
//! 5. read each row ([`baca_baris`]) and join a page-break fragment to the row above
//!    ([`sambung_pecahan`]); in a table with a column per level, a line's program and
//!    kegiatan names open heading rows first ([`crate::core::anggaran::kolom_tingkat`]).
//!
//! Never panics; every unreadable cell becomes a message naming its row, column and text.

use crate::core::anggaran::kolom_tingkat::{baris_kepala, kolom_tingkat, satukan_tingkat, Terbuka};
use crate::core::anggaran::tabel::{
    angka_bertitik, kode_di_uraian, mungkin_judul, pangkat_judul, peran_judul_anggaran,
    sisa_jumlah, BarisAnggaran, KolomAnggaran, TabelAnggaran, Tingkat,
};
use crate::core::aritmetika;
use crate::core::teks::angka::{baca_angka, sel_kosong, IsiAngka, Konvensi};
use crate::core::teks::kata::{awali, memuat};
use crate::core::teks::kolom::{
    gabung_judul, hanya_triwulan, hapus_ganda, judul_perubahan, lanjut_triwulan, sampai_dengan,
    triwulan_dalam,
};
use crate::core::teks::lipat::pesan_sel_per_baris;
use crate::core::teks::pembaca::{konvensi_kolom_data, tanpa_angka, PembacaSel, TakTerbaca};
use crate::core::teks::pesan::Pesan;
use crate::core::teks::tabel::{baris_nomor_kolom, lebar, tepi, Baris};
use crate::core::teks::tampil::apa_adanya;
use crate::core::teks::tempelan::baca_tempelan;
use rust_decimal::Decimal;

/// The columns holding money or percentages (their convention is decided from their cells).
fn kolom_uang(k: KolomAnggaran) -> bool {
    matches!(
        k,
        KolomAnggaran::Anggaran
            | KolomAnggaran::Realisasi
            | KolomAnggaran::Sisa
            | KolomAnggaran::Persen
            | KolomAnggaran::Fisik
            | KolomAnggaran::RencanaTw(_)
            | KolomAnggaran::RealisasiTw(_)
    )
}

/// Read a pasted budget table.
pub fn baca_tabel_anggaran(teks: &str) -> TabelAnggaran {
    let (pemisah, rows, pesan) = baca_tempelan(teks);
    let rows: Vec<Baris> = rows.into_iter().filter(|b| !baris_strip(b)).collect();
    let blok = cari_judul(&rows);
    let (judul, mut kolom) = match blok {
        Some((s, e)) => {
            let judul = gabung_judul(&rows[s..e].iter().collect::<Vec<_>>());
            let kolom = judul.iter().map(|h| peran_judul_anggaran(h)).collect();
            (judul, kolom)
        }
        None => (Vec::new(), tebak_kolom(&rows)),
    };
    let dari = blok.map_or(0, |(_, e)| e).min(rows.len());
    let data: Vec<&Baris> = rows[dari..]
        .iter()
        .filter(|b| !baris_nomor_kolom(b) && !judul_ulang(b))
        .collect();
    kolom.resize(lebar(&data, kolom.len()), KolomAnggaran::Abaikan);
    let pilihan_anggaran = pilih_anggaran(&judul, &mut kolom);
    lanjut_triwulan(&judul, &mut kolom, KolomAnggaran::Abaikan, |k, q| match k {
        KolomAnggaran::RealisasiTw(_) => Some(KolomAnggaran::RealisasiTw(q)),
        KolomAnggaran::RencanaTw(_) => Some(KolomAnggaran::RencanaTw(q)),
        _ => None,
    });
    triwulan_uang(&judul, &mut kolom);
    satukan_tingkat(&mut kolom);
    hapus_ganda(&mut kolom, KolomAnggaran::Abaikan);
    let mut pangkat = pangkat_kolom(&judul, &kolom);
    geser_rp(&mut kolom, &mut pangkat, &data);
    let uang = (0..kolom.len()).filter(|j| kolom_uang(kolom[*j]));
    let kode_lanjut = kode_lanjut(&judul, &kolom, &data);
    let sd_triwulan = sd_triwulan(&judul, &kolom);
    let mut t = TabelAnggaran {
        triwulan: None,
        sd_triwulan,
        realisasi_persen: false,
        sasaran: Vec::new(),
        pangkat,
        kode_lanjut,
        pemisah,
        konvensi: konvensi_kolom_data(&data, uang, false),
        judul,
        kolom,
        baris: Vec::new(),
        pesan,
    };
    t.pesan.extend(pilihan_anggaran);
    t.pesan.extend(pesan_pangkat(&t));
    let col = |k: KolomAnggaran| t.kolom.iter().position(|x| *x == k);
    if !rows.is_empty()
        && (col(KolomAnggaran::Anggaran).is_none()
            || col(KolomAnggaran::Uraian).is_none() && kolom_tingkat(&t.kolom).is_empty())
    {
        let mut m = String::from("Kolom Uraian atau Anggaran belum dikenali; beri judul kolom (Uraian, Anggaran, Realisasi).");
        if tabel_indikator(&rows) {
            m.push_str(" Tabel ini tampaknya tabel indikator kinerja (Target, Realisasi): tempel di kotak Indikator.");
        }
        t.pesan.push(Pesan::info(0, "", "", m));
        t.pesan.extend(pesan_sel_per_baris(&rows));
    }
    let tingkat = kolom_tingkat(&t.kolom);
    let mut terbuka = Terbuka::default();
    let kolom_sasaran = col(KolomAnggaran::Sasaran);
    for b in data {
        if let Some(j) = kolom_sasaran {
            catat_sasaran(&mut t, b.sel(j));
        }
        let mut sendiri = None;
        if !tingkat.is_empty() {
            let jumlah = tingkat.iter().any(|(j, _)| jumlah_p(b.sel(*j).trim()));
            let nama = terbuka.baca(b, &tingkat, jumlah);
            let kepala = nama.kepala.into_iter();
            t.baris
                .extend(kepala.map(|(l, u)| baris_kepala(b.nomor_baris, l, &u)));
            sendiri = nama.sendiri;
        }
        let mut row = baca_baris(&mut t, b, sendiri);
        // a bare `Jumlah` in a column that is neither uraian nor kode (the Sasaran column of a
        // budget per sasaran), on a row with figures and without either, the rare one; not
        // `Jumlah dokumen ...`, an indikator's name in a column set aside
        if row.uraian.is_empty() && row.kode.is_empty() && row.bernilai() {
            let bare = |c: &&str| sisa_jumlah(c).is_some_and(str::is_empty);
            if let Some(c) = b.sel.iter().map(|c| c.trim()).find(bare) {
                (row.jumlah, row.uraian) = (true, c.to_string());
            }
        }
        // a row with text in a money column (unreadable, so without a value) is no fragment;
        // looked at only for a row without values, the rare one
        let pecahan = !row.bernilai()
            && (0..t.kolom.len()).all(|j| !kolom_uang(t.kolom[j]) || sel_kosong(b.sel(j)))
            && sambung_pecahan(&mut t.baris, &row);
        if !pecahan && (!row.uraian.is_empty() || !row.kode.is_empty() || row.bernilai()) {
            t.baris.push(row);
        }
    }
    jumlah_tanpa_nama(&mut t);
    lepas_triwulan_kosong(&mut t);
    t.triwulan = periode_triwulan(&t);
    let catatan = tanpa_realisasi_rupiah(&mut t);
    t.pesan.extend(catatan);
    t
}

/// A budget with no realisasi in rupiah: written only as a percentage (`Realisasi Keuangan
/// (%)`), a leaf's realisasi is its anggaran times it, and a note says so; with no realisasi
/// at all, a note says why realisasi and serapan are 0. Both showed 0 silently.
fn tanpa_realisasi_rupiah(t: &mut TabelAnggaran) -> Option<Pesan> {
    let ada = |f: fn(&KolomAnggaran) -> bool| t.kolom.iter().any(f);
    if t.baris.is_empty()
        || ada(|k| matches!(k, KolomAnggaran::Realisasi | KolomAnggaran::RealisasiTw(_)))
        || !ada(|k| *k == KolomAnggaran::Anggaran)
    {
        return None;
    }
    let m = match t.kolom.iter().position(|k| *k == KolomAnggaran::Persen) {
        Some(j) => {
            t.realisasi_persen = true;
            let nama = t.judul.get(j).map_or("Persentase", |h| h.as_str());
            format!("Tidak ada kolom realisasi dalam rupiah: realisasi tiap rincian dihitung dari kolom \"{nama}\" (anggaran × % ÷ 100), lalu dijumlah ke atas.")
        }
        None => "Kolom Realisasi belum dikenali: realisasi, sisa dan serapan dihitung 0. Beri judul kolom Realisasi (rupiah).".into(),
    };
    Some(Pesan::info(0, "", "", m))
}

/// An indicator table pasted in the budget box: a heading row among the first names a
/// target and a realisasi.
fn tabel_indikator(rows: &[Baris]) -> bool {
    use crate::core::teks::kolom::{peran_judul, Kolom};
    rows.iter().take(10).any(|b| {
        let peran: Vec<Kolom> = b.sel.iter().map(|c| peran_judul(c)).collect();
        peran
            .iter()
            .any(|k| matches!(k, Kolom::Target | Kolom::TargetTahun(_)))
            && peran
                .iter()
                .any(|k| matches!(k, Kolom::Realisasi | Kolom::RealisasiTahun(_)))
    })
}

/// Several budget columns (`Anggaran Murni` and `Anggaran Perubahan`, `APBD` and `APBD-P`):
/// realisasi is measured against the revised budget, so its column is the one used (else the
/// first); the others are left out, and a note says which was used.
fn pilih_anggaran(judul: &[String], kolom: &mut [KolomAnggaran]) -> Option<Pesan> {
    let semua: Vec<usize> = (0..kolom.len())
        .filter(|j| kolom[*j] == KolomAnggaran::Anggaran)
        .collect();
    if semua.len() < 2 {
        return None;
    }
    let nama = |j: usize| judul.get(j).map_or("", |h| h.as_str());
    let dipakai = semua
        .iter()
        .copied()
        .find(|j| judul_perubahan(nama(*j)))
        .unwrap_or(semua[0]);
    let lain: Vec<String> = semua
        .iter()
        .filter(|j| **j != dipakai)
        .map(|j| format!("\"{}\"", nama(*j)))
        .collect();
    for j in semua.into_iter().filter(|j| *j != dipakai) {
        kolom[j] = KolomAnggaran::Abaikan;
    }
    Some(Pesan::info(
        0,
        "",
        "",
        format!(
            "Ada {} kolom anggaran: serapan dihitung terhadap \"{}\"; {} tidak dihitung.",
            lain.len() + 1,
            nama(dipakai),
            lain.join(", ")
        ),
    ))
}

/// The columns a `Kode` heading spans (SIPD writes urusan, bidang, program, kegiatan and sub
/// kegiatan each in its own cell under one `Kode`): the untitled, unused columns right after
/// it whose cells are digits.
fn kode_lanjut(judul: &[String], kolom: &[KolomAnggaran], data: &[&Baris]) -> Vec<usize> {
    let Some(k) = kolom.iter().position(|x| *x == KolomAnggaran::Kode) else {
        return Vec::new();
    };
    (k + 1..kolom.len())
        .take_while(|&j| {
            kolom[j] == KolomAnggaran::Abaikan
                && judul.get(j).is_some_and(|h| h.trim().is_empty())
                && data.iter().all(|b| angka_bertitik(b.sel(j).trim()))
                && data.iter().any(|b| !b.sel(j).trim().is_empty())
        })
        .collect()
}

/// `7`, `01`, `01`, `2.01`, `0001` in the cells of one code: `7.01.01.2.01.0001`.
fn gabung_kode<'a>(kode: &'a str, lanjut: impl Iterator<Item = &'a str>) -> String {
    std::iter::once(kode)
        .chain(lanjut)
        .map(|c| c.trim().trim_end_matches('.'))
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join(".")
}

/// Money columns whose heading says they are in thousands, millions or billions.
fn pangkat_kolom(judul: &[String], kolom: &[KolomAnggaran]) -> Vec<(usize, u32)> {
    (0..kolom.len())
        .filter(|j| kolom_uang(kolom[*j]) && kolom[*j] != KolomAnggaran::Persen)
        .filter(|j| kolom[*j] != KolomAnggaran::Fisik)
        .filter_map(|j| {
            let p = pangkat_judul(judul.get(j)?);
            (p > 0).then_some((j, p))
        })
        .collect()
}

/// `Rp | 1.000.000` under one heading (Excel's accounting format, a Word table aligning the
/// sign): a money column whose cells are only the currency sign hands its role, and its
/// heading's scale, to the untitled column after it. Every amount was "\"Rp\" bukan angka".
fn geser_rp(kolom: &mut [KolomAnggaran], pangkat: &mut [(usize, u32)], data: &[&Baris]) {
    for j in 0..kolom.len().saturating_sub(1) {
        if !kolom_uang(kolom[j]) || kolom[j + 1] != KolomAnggaran::Abaikan {
            continue;
        }
        let mut ada = false;
        let hanya_rp = data.iter().all(|b| {
            let c = tepi(b.sel(j)).trim_end_matches('.');
            let rp = c.eq_ignore_ascii_case("rp") || c.eq_ignore_ascii_case("idr");
            ada |= rp;
            rp || c.is_empty()
        });
        if ada && hanya_rp {
            kolom[j + 1] = kolom[j];
            kolom[j] = KolomAnggaran::Abaikan;
            for p in pangkat.iter_mut().filter(|p| p.0 == j) {
                p.0 = j + 1;
            }
        }
    }
}

/// A note per scaled column: what its amounts were multiplied by.
fn pesan_pangkat(t: &TabelAnggaran) -> Vec<Pesan> {
    t.pangkat
        .iter()
        .map(|&(j, p)| {
            let (nama, kali) = match p {
                3 => ("ribuan", "1.000"),
                6 => ("jutaan", "1.000.000"),
                _ => ("miliaran", "1.000.000.000"),
            };
            Pesan::info(
                0,
                "",
                "",
                format!(
                    "Kolom \"{}\" ditulis dalam {nama} rupiah: angkanya dikali {kali}.",
                    t.judul.get(j).map_or("", |h| h.as_str())
                ),
            )
        })
        .collect()
}

/// Of two quarterly columns of one role, the one whose heading names money: a Rencana Aksi's
/// monitoring has the indikator's `Target TW I | Realisasi TW I` before the budget's
/// `Realisasi Anggaran TW I`, and the first of two took the role (the budget's realisasi was
/// 3 + 3 + 2 documents). Beside an `Indikator` column, once any quarter heading names money,
/// those that do not are the indikator's. A bare `TW II` after a money heading is money too.
fn triwulan_uang(judul: &[String], kolom: &mut [KolomAnggaran]) {
    let bit = |k: KolomAnggaran| match k {
        KolomAnggaran::RencanaTw(q) => Some(q % 5),
        KolomAnggaran::RealisasiTw(q) => Some(5 + q % 5),
        _ => None,
    };
    let uang = |h: &str| {
        [
            "anggaran", "keuangan", "rupiah", "(rp", "dana", "kas", "pagu", "belanja",
        ]
        .iter()
        .any(|w| memuat(h, w))
    };
    let mut tanda = vec![false; kolom.len()];
    let mut ada = 0u32;
    let mut sebelumnya = false;
    for (j, k) in kolom.iter().enumerate() {
        let Some(b) = bit(*k) else {
            sebelumnya = false;
            continue;
        };
        let h = judul.get(j).map_or("", String::as_str);
        sebelumnya = uang(h) || (sebelumnya && hanya_triwulan(h).is_some());
        tanda[j] = sebelumnya;
        if sebelumnya {
            ada |= 1 << b;
        }
    }
    let indikator = ada != 0 && judul.iter().any(|h| awali(h.trim(), "indikator"));
    for (j, k) in kolom.iter_mut().enumerate() {
        if bit(*k).is_some_and(|b| indikator || ada & (1 << b) != 0) && !tanda[j] {
            *k = KolomAnggaran::Abaikan;
        }
    }
}

/// A last row with figures but neither uraian nor kode, under two lines or more: the total,
/// whose `Jumlah` cell was merged away or left empty (seed 001's table of kinerja and
/// keuangan). Added as a line, it doubled the total; as a Jumlah row it is checked against
/// the lines and not added, and a note says so.
fn jumlah_tanpa_nama(t: &mut TabelAnggaran) {
    let lines = t.baris.iter().filter(|b| b.bernilai() && !b.jumlah).count();
    let Some(b) = t.baris.last_mut() else {
        return;
    };
    if lines < 3 || !b.uraian.is_empty() || !b.kode.is_empty() || !b.bernilai() || b.jumlah {
        return;
    }
    b.jumlah = true;
    b.uraian = "Jumlah".to_string();
    let m = "baris tanpa uraian di akhir tabel dibaca sebagai jumlahnya: dicek terhadap rinciannya, tidak ditambahkan.";
    t.pesan
        .push(Pesan::info(b.nomor_baris, "", "", m.to_string()));
}

/// The sasaran a line's Sasaran cell names, from the rows of that line on (the headings it
/// opens, then its own); an empty cell (merged cells, copied once) or the same name again
/// (fill-down) starts nothing.
fn catat_sasaran(t: &mut TabelAnggaran, sel: &str) {
    let s = sel.trim();
    if !s.is_empty() && !jumlah_p(s) && t.sasaran.last().is_none_or(|(_, x)| x != s) {
        t.sasaran.push((t.baris.len(), s.to_string()));
    }
}

/// Quarterly columns with nothing written in them are no quarterly table: a Rencana Aksi's
/// `Target Pelaksanaan TW 1 ... TW 4` of its indikator, left empty, showed a budget plan of 0
/// beside every line. Empty plan columns go whatever the realisasi; empty realisasi columns
/// only with them (a plan written at the start of the year has no realisasi yet).
fn lepas_triwulan_kosong(t: &mut TabelAnggaran) {
    let tertulis = |f: fn(&BarisAnggaran) -> &[Option<Decimal>; 4]| {
        t.baris.iter().any(|b| f(b).iter().any(Option::is_some))
    };
    let rencana = tertulis(|b| &b.rencana_tw);
    let realisasi = rencana || tertulis(|b| &b.realisasi_tw);
    for k in &mut t.kolom {
        match k {
            KolomAnggaran::RencanaTw(_) if !rencana => *k = KolomAnggaran::Abaikan,
            KolomAnggaran::RealisasiTw(_) if !realisasi => *k = KolomAnggaran::Abaikan,
            _ => {}
        }
    }
}

/// The quarter the figures are to date: the last with any realisasi, in a table with
/// quarterly columns.
fn periode_triwulan(t: &TabelAnggaran) -> Option<usize> {
    let ada = t.kolom.iter().any(|k| {
        matches!(
            k,
            KolomAnggaran::RencanaTw(_) | KolomAnggaran::RealisasiTw(_)
        )
    });
    if !ada {
        return None;
    }
    (0..4)
        .rev()
        .find(|q| {
            t.baris
                .iter()
                .any(|b| !b.jumlah && b.realisasi_tw[*q].is_some())
        })
        .or(Some(0))
}

/// A row of lone dashes and spaces: a rule line, or a row that states nothing. (Stricter than
/// the indicator reader's rule lines, where a lone `-` is a "no value" cell of a data row.)
fn baris_strip(b: &Baris) -> bool {
    b.sel
        .iter()
        .all(|c| c.chars().all(|ch| ch == '-' || ch == ' '))
}

/// How many cells name a budget column.
/// How many different columns a row's cells name. Different, not how many: a Rencana Aksi's
/// data row (`Persentase ...`, `%`, `100%`, `Program ...`) names the percentage four times and
/// outscored its header (`No. | Program | Pagu | Kegiatan | Pagu`).
fn skor(b: &Baris) -> usize {
    let mut ada = 0u32;
    for c in b.sel.iter() {
        // one bit a role: a set without a scan of the roles seen (rows may be wide)
        ada |= 1u32
            << match peran_judul_anggaran(c) {
                KolomAnggaran::Abaikan => continue,
                KolomAnggaran::Kode => 0,
                KolomAnggaran::Uraian => 1,
                KolomAnggaran::Anggaran => 2,
                KolomAnggaran::Realisasi => 3,
                KolomAnggaran::Sisa => 4,
                KolomAnggaran::Persen => 5,
                KolomAnggaran::Fisik => 6,
                KolomAnggaran::RencanaTw(q) => 7 + u32::from(q % 5),
                KolomAnggaran::RealisasiTw(q) => 12 + u32::from(q % 5),
                KolomAnggaran::Tingkat(l) => 17 + l as u32,
                KolomAnggaran::Sasaran => 21,
            };
    }
    ada.count_ones() as usize
}

/// A header repeated in the data (a page break in a PDF copy): two cells or more name a budget
/// column, and none is an amount. A data row has one cell of words, its uraian, so it is
/// passed without the search; a program row with a percent cell (`Program ... | 95%`) names
/// two columns too, but has its amounts.
fn judul_ulang(b: &Baris) -> bool {
    b.sel.iter().filter(|c| mungkin_judul(c)).nth(1).is_some() && skor(b) >= 2 && tanpa_angka(b)
}

/// The header block `[awal, akhir)`: the row with most header words (at least two) among the
/// first ten, and the row under it when that row is text that names a column too.
pub fn cari_judul(rows: &[Baris]) -> Option<(usize, usize)> {
    let (i, _) = rows
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, b)| (i, skor(b)))
        .filter(|(_, s)| *s >= 2)
        .max_by_key(|(i, s)| (*s, usize::MAX - i))?;
    let lanjut = rows.get(i + 1).is_some_and(|next| {
        let textual = next.sel.iter().all(|c| {
            c.trim().is_empty()
                || matches!(baca_angka(c, Konvensi::IdId), IsiAngka::Galat(_))
                || c.trim() == "%"
        });
        let kuartal = next.sel.iter().any(|c| triwulan_dalam(c).is_some());
        // a row with a code (`7.01.1.`, `1.2`, `II`, `A.`) is data, whatever its words say
        let berkode = next.sel.iter().any(|c| seperti_kode(c));
        textual && !berkode && !baris_nomor_kolom(next) && (skor(next) >= 1 || kuartal)
    });
    Some((i, if lanjut { i + 2 } else { i + 1 }))
}

/// A kode rekening, a numbering or a Roman numeral: `7.01.1.`, `1.2`, `II`, `A.`.
fn seperti_kode(c: &str) -> bool {
    let t = c.trim();
    let inti = t.trim_end_matches('.');
    let angka = !inti.is_empty()
        && inti.contains(|ch: char| ch.is_ascii_digit())
        && inti.chars().all(|ch| ch.is_ascii_digit() || ch == '.');
    let romawi =
        !inti.is_empty() && inti.len() <= 4 && inti.chars().all(|ch| matches!(ch, 'I' | 'V' | 'X'));
    let huruf =
        t.len() == 2 && t.ends_with('.') && t.starts_with(|ch: char| ch.is_ascii_uppercase());
    angka || romawi || huruf
}

/// Guess roles without a header: the longest text column as uraian (the column before it as
/// kode), then the numeric columns after it as anggaran, realisasi, sisa, percent.
pub fn tebak_kolom(rows: &[Baris]) -> Vec<KolomAnggaran> {
    let width = rows.iter().map(|b| b.sel.len()).max().unwrap_or(0);
    let mut kolom = vec![KolomAnggaran::Abaikan; width];
    // numeric: at least 80% of the filled cells are numbers or "no value"
    let numeric = |j: usize| {
        let cells: Vec<&str> = rows
            .iter()
            .map(|b| b.sel(j).trim())
            .filter(|c| !c.is_empty())
            .collect();
        let n = cells
            .iter()
            .filter(|c| {
                matches!(
                    baca_angka(c, Konvensi::IdId),
                    IsiAngka::Angka(_) | IsiAngka::Kosong
                )
            })
            .count();
        !cells.is_empty() && n * 10 >= cells.len() * 8
    };
    let avg_len =
        |j: usize| rows.iter().map(|b| b.sel(j).chars().count()).sum::<usize>() / rows.len().max(1);
    let uraian = (0..width)
        .filter(|j| !numeric(*j))
        .max_by_key(|j| avg_len(*j));
    if let Some(u) = uraian {
        kolom[u] = KolomAnggaran::Uraian;
        if u > 0 {
            kolom[u - 1] = KolomAnggaran::Kode;
        }
    }
    let mut roles = [
        KolomAnggaran::Anggaran,
        KolomAnggaran::Realisasi,
        KolomAnggaran::Sisa,
        KolomAnggaran::Persen,
    ]
    .into_iter();
    for j in 0..width {
        if kolom[j] == KolomAnggaran::Abaikan && numeric(j) && uraian.is_some_and(|u| j > u) {
            if let Some(r) = roles.next() {
                kolom[j] = r;
            }
        }
    }
    kolom
}

/// `Jumlah`, `Total`, `Sub total`: a row the table totals itself.
fn jumlah_p(teks: &str) -> bool {
    sisa_jumlah(teks).is_some()
}

/// One budget row, its money read in each column's convention (messages for what cannot be).
/// `sendiri` is its deepest name and level, in a table with a column per level.
fn baca_baris(
    t: &mut TabelAnggaran,
    b: &Baris,
    sendiri: Option<(Tingkat, String)>,
) -> BarisAnggaran {
    let col = |k: KolomAnggaran| t.kolom.iter().position(|x| *x == k);
    let ambil = |c: Option<usize>| c.map(|j| b.sel(j).trim().to_string()).unwrap_or_default();
    let mut kode = ambil(col(KolomAnggaran::Kode));
    if !t.kode_lanjut.is_empty() {
        kode = gabung_kode(&kode, t.kode_lanjut.iter().map(|j| b.sel(*j)));
    }
    let mut uraian = ambil(col(KolomAnggaran::Uraian));
    let mut tingkat = None;
    if let (true, Some((l, u))) = (uraian.is_empty(), sendiri) {
        (uraian, tingkat) = (u, Some(l));
    }
    // `Jumlah` may stand in either column
    let jumlah = jumlah_p(&uraian) || jumlah_p(&kode);
    if jumlah && uraian.is_empty() {
        uraian = std::mem::take(&mut kode);
    }
    // `7.01.01 PROGRAM ...` in one cell (a Word table without a Kode column)
    if kode.is_empty() {
        if let Some((k, u)) = kode_di_uraian(&uraian) {
            (kode, uraian) = (k.to_string(), u.to_string());
        }
    }
    let kolom = &t.kolom;
    let sd_tw = t.sd_triwulan;
    let mut r = PembacaSel {
        judul: &t.judul,
        konvensi: &t.konvensi,
        pesan: &mut t.pesan,
        satuan: "",
    };
    let pangkat = &t.pangkat;
    let mut uang = |k: KolomAnggaran| uang(&mut r, (kolom, pangkat), b, k);
    let mut rencana_tw: [Option<Decimal>; 4] =
        std::array::from_fn(|q| uang(KolomAnggaran::RencanaTw(q as u8 + 1)).unwrap_or(None));
    let mut tw_gagal = false;
    let mut realisasi_tw: [Option<Decimal>; 4] = std::array::from_fn(|q| {
        let v = uang(KolomAnggaran::RealisasiTw(q as u8 + 1));
        tw_gagal |= v.is_err();
        v.unwrap_or(None)
    });
    for (tw, sd) in [&mut rencana_tw, &mut realisasi_tw].into_iter().zip(sd_tw) {
        if sd {
            *tw = aritmetika::per_triwulan(*tw);
        }
    }
    // without an annual realisasi column, the realisasi is the quarters' to date
    let realisasi = match uang(KolomAnggaran::Realisasi) {
        Ok(None) => {
            let ada: Vec<Decimal> = realisasi_tw.iter().flatten().copied().collect();
            let v = (!ada.is_empty()).then(|| aritmetika::jumlah(ada)).flatten();
            if tw_gagal {
                Err(TakTerbaca)
            } else {
                Ok(v)
            }
        }
        v => v,
    };
    let anggaran = uang(KolomAnggaran::Anggaran);
    BarisAnggaran {
        nomor_baris: b.nomor_baris,
        tak_terbaca: [anggaran.is_err(), realisasi.is_err()],
        anggaran: anggaran.unwrap_or(None),
        realisasi: realisasi.unwrap_or(None),
        rencana_tw,
        realisasi_tw,
        sisa_laporan: uang(KolomAnggaran::Sisa).unwrap_or(None),
        persen_laporan: uang(KolomAnggaran::Persen).unwrap_or(None),
        kode,
        uraian,
        tingkat: tingkat.filter(|_| !jumlah),
        kepala_sebaris: false,
        jumlah,
    }
}

/// Whether the quarterly plan and realisasi columns are to date (`Realisasi s.d. TW II`).
fn sd_triwulan(judul: &[String], kolom: &[KolomAnggaran]) -> [bool; 2] {
    let sd = |f: fn(&KolomAnggaran) -> bool| {
        (0..kolom.len()).any(|j| {
            f(&kolom[j])
                && judul
                    .get(j)
                    .is_some_and(|h| sampai_dengan(&h.to_ascii_lowercase()))
        })
    };
    [
        sd(|k| matches!(k, KolomAnggaran::RencanaTw(_))),
        sd(|k| matches!(k, KolomAnggaran::RealisasiTw(_))),
    ]
}

/// The amount in row `b`'s column of role `k`: `Ok(None)` for no such column or an empty cell,
/// `Err` for a cell that cannot be read. Out of line: it is called once per money column.
#[inline(never)]
fn uang(
    r: &mut PembacaSel,
    (kolom, pangkat): (&[KolomAnggaran], &[(usize, u32)]),
    b: &Baris,
    k: KolomAnggaran,
) -> Result<Option<Decimal>, TakTerbaca> {
    let Some(j) = kolom.iter().position(|x| *x == k) else {
        return Ok(None);
    };
    let mut v = r.angka(b, j, || kolom[j].label(), "; diharapkan jumlah rupiah");
    // a heading in thousands (`Rp. 000`): the amount is the cell times 1.000
    if let (Ok(Some(x)), Some(&(_, p))) = (v, pangkat.iter().find(|(c, _)| *c == j)) {
        v = match aritmetika::kali_pangkat(x, p) {
            Some(x) => Ok(Some(x)),
            None => {
                r.galat(b, j, || kolom[j].label(), aritmetika::TERLALU_BESAR.into());
                Err(TakTerbaca)
            }
        };
    }
    if let Ok(Some(v)) = v {
        if k != KolomAnggaran::Persen && v.scale() > 2 {
            periksa_sen(r, b, j, kolom[j], v);
        }
    }
    v
}

/// Rupiah have at most two decimals (sen): `12.345` in a column written en-US is read as
/// twelve point three, which a person used to `12.345` rupiah should be told.
fn periksa_sen(r: &mut PembacaSel, b: &Baris, j: usize, k: KolomAnggaran, v: Decimal) {
    if v.trunc() == v {
        return;
    }
    r.peringatan(
        b,
        j,
        || k.label(),
        format!(
            "dibaca {} rupiah, dengan {} angka di belakang koma; bila maksudnya bilangan bulat, tulis tanpa tanda pemisah",
            apa_adanya(v),
            v.scale()
        ),
    );
}

/// A page break splits a long uraian: a code-less, value-less, unlabelled line is the rest of
/// the row above. Joins it and says so.
pub fn sambung_pecahan(baris: &mut [BarisAnggaran], row: &BarisAnggaran) -> bool {
    let pecahan = !row.jumlah
        && !row.bernilai()
        && row.kode.is_empty()
        && row.tingkat_label().is_none()
        && !row.uraian.is_empty();
    match baris.last_mut() {
        Some(prev) if pecahan => {
            prev.uraian.push(' ');
            prev.uraian.push_str(&row.uraian);
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::teks::pesan::Tingkat;
    use crate::core::teks::tabel::pisah_tabel;
    use rust_decimal::Decimal;

    /// `Anggaran (Rp. 000)`: the amounts are thousands, so totals and terbilang are the
    /// budget's and not a thousandth of it; the percentage column stays as written.
    #[test]
    fn amounts_under_a_heading_in_thousands() {
        let t = baca_tabel_anggaran(
            "Uraian\tAnggaran (Rp. 000)\tRealisasi (Rp. 000)\t%\nSub A\t1.250\t1.100,5\t88,04\n\
             Sub B\t999.999.999.999.999.999\t1\t0",
        );
        let d = |x: &str| x.parse::<Decimal>().ok();
        let a = &t.baris[0];
        assert_eq!(
            (a.anggaran, a.realisasi, a.persen_laporan),
            (d("1250000"), d("1100500"), d("88.04"))
        );
        let info: Vec<&str> = t
            .pesan
            .iter()
            .filter(|p| p.tingkat == Tingkat::Info)
            .map(|p| p.pesan.as_str())
            .collect();
        assert_eq!(
            info,
            [
                "Kolom \"Anggaran (Rp. 000)\" ditulis dalam ribuan rupiah: angkanya dikali 1.000.",
                "Kolom \"Realisasi (Rp. 000)\" ditulis dalam ribuan rupiah: angkanya dikali 1.000."
            ]
        );
        // past the reader's cap once multiplied: a message, not a wrapped or rounded amount
        assert_eq!(t.baris[1].anggaran, None);
        assert_eq!(t.baris[1].tak_terbaca, [true, false]);
        assert!(
            t.pesan.iter().any(|p| p.galat() && p.baris == 3),
            "{:?}",
            t.pesan
        );
    }

    /// A Word table with the code at the start of each uraian nests by it, as with a Kode
    /// column: the total is the leaves', and the pasted JUMLAH agrees.
    #[test]
    fn codes_written_at_the_start_of_the_uraian() {
        let t = baca_tabel_anggaran(
            "Program/Kegiatan/Sub Kegiatan\tPagu Anggaran\tRealisasi\n\
             7.01.01 PROGRAM PENUNJANG\t1.000\t900\n\
             7.01.01.2.01 Perencanaan\t400\t380\n\
             7.01.01.2.01.0001 Penyusunan Dokumen\t400\t380\n\
             7.01.01.2.02 Administrasi Keuangan\t600\t520\n\
             7.01.01.2.02.0001 Gaji dan Tunjangan\t600\t520\n\
             2 unit komputer\t10\t10\n\
             JUMLAH\t1.010\t910",
        );
        let kode: Vec<(&str, &str)> = t
            .baris
            .iter()
            .map(|b| (b.kode.as_str(), b.uraian.as_str()))
            .collect();
        assert_eq!(kode[0], ("7.01.01", "PROGRAM PENUNJANG"));
        assert_eq!(kode[4], ("7.01.01.2.02.0001", "Gaji dan Tunjangan"));
        assert_eq!(kode[5], ("", "2 unit komputer"));
        let p = crate::core::anggaran::pohon::bangun_pohon(&t);
        assert_eq!(p.total.anggaran, Decimal::from(1010));
        assert!(
            p.jumlah.iter().all(|(_, tanda)| tanda.is_empty()),
            "{:?}",
            p.jumlah
        );
    }

    /// SIPD's code in five cells under one `Kode` heading is one code, so the rows nest by it.
    #[test]
    fn a_code_spread_over_untitled_columns() {
        let t = baca_tabel_anggaran(
            "Kode\t\t\t\t\tUraian\tAnggaran\tRealisasi\n\
             7\t01\t01\t\t\tPROGRAM PENUNJANG\t1.000\t900\n\
             7\t01\t01\t2.01\t\tPerencanaan\t1.000\t900\n\
             7\t01\t01\t2.01\t0001\tPenyusunan Dokumen\t600\t500\n\
             7\t01\t01\t2.01\t0002\tEvaluasi\t400\t400",
        );
        let kode: Vec<&str> = t.baris.iter().map(|b| b.kode.as_str()).collect();
        assert_eq!(
            kode,
            [
                "7.01.01",
                "7.01.01.2.01",
                "7.01.01.2.01.0001",
                "7.01.01.2.01.0002"
            ]
        );
        let p = crate::core::anggaran::pohon::bangun_pohon(&t);
        assert_eq!(p.total.anggaran, Decimal::from(1000));
        assert!(p.simpul.iter().all(|s| s.tanda.is_empty()));
    }

    #[test]
    fn a_header_continued_on_the_next_row() {
        // seed 000: REALISASI over KEUANGAN Rp. / % / FISIK (%)
        let (_, rows) = pisah_tabel("NO\tPROGRAM / KEGATAN\tTOTAL ANGGARAN (Rp)\tREALISASI\t\t\n\t\t\tKEUANGAN Rp.\t%\tFISIK (%)\n1\t2\t3\t4\t5\t6");
        assert_eq!(cari_judul(&rows), Some((0, 2)));
    }

    #[test]
    fn a_quarter_heading_after_a_quarter_column_continues_its_kind() {
        let t = baca_tabel_anggaran(
            "Program/Kegiatan\tPagu\tRealisasi TW I\tTW II\tTriwulan III\tTW IV\tTotal Realisasi\n\
             Perencanaan\t1.000\t200\t250\t250\t200\t900",
        );
        use KolomAnggaran::*;
        assert_eq!(
            t.kolom[2..6],
            [
                RealisasiTw(1),
                RealisasiTw(2),
                RealisasiTw(3),
                RealisasiTw(4)
            ]
        );
        assert_eq!(t.triwulan, Some(3));
        // no plan per quarter is written: no plan to date is shown (it showed 0)
        assert_eq!(t.triwulan_rencana(), None);
        let t =
            baca_tabel_anggaran("Uraian\tPagu\tRencana TW I\tRealisasi TW I\nA\t1.000\t300\t200");
        assert_eq!((t.triwulan, t.triwulan_rencana()), (Some(0), Some(0)));
        // a quarter heading after a column of another kind names nothing
        let t = baca_tabel_anggaran("Uraian\tPagu\tTW II\nA\t100\t50");
        assert_eq!(t.kolom[2], Abaikan);
    }

    /// `Rp` in a cell of its own before each amount: the amounts are read, and a heading's
    /// scale goes with them; a column of words is left as it was.
    #[test]
    fn the_currency_sign_in_a_cell_of_its_own() {
        let t = baca_tabel_anggaran(
            "No\tUraian\tAnggaran (Rp. 000)\t\tRealisasi\t\t%\n\
             1\tProgram A\tRp\t1.000\tRp.\t900.000\t90,00\n\
             2\tProgram B\t\t500\tRp\t450.000\t90,00",
        );
        let v: Vec<_> = t.baris.iter().map(|b| (b.anggaran, b.realisasi)).collect();
        let n = |x: i64| Some(Decimal::from(x));
        assert_eq!(v, [(n(1_000_000), n(900_000)), (n(500_000), n(450_000))]);
        assert!(
            t.pesan.iter().all(|p| p.tingkat != Tingkat::Galat),
            "{:?}",
            t.pesan
        );
    }

    /// Realisasi written only as a percentage: each leaf's realisasi is its anggaran times
    /// it, parents are their sums, and a note says so; it was 0 with serapan 0,00.
    #[test]
    fn realisasi_written_only_as_a_percentage() {
        use crate::core::anggaran::pohon::bangun_pohon;
        let t = baca_tabel_anggaran(
            "No\tUraian\tPagu Anggaran\tRealisasi Keuangan (%)\tRealisasi Fisik (%)\n\
             1\tProgram A\t1.500.000\t86,67\t100\n\
             1.1\tKegiatan A1\t1.000.000\t90,00\t100\n\
             1.2\tKegiatan A2\t500.000\t80,00\t95",
        );
        assert!(t.realisasi_persen);
        assert!(ada_pesan(
            &t,
            "dihitung dari kolom \"Realisasi Keuangan (%)\""
        ));
        let p = bangun_pohon(&t);
        assert_eq!(p.total.realisasi, Decimal::from(1_300_000));
        // the program's 86,67% is its kegiatan's 1.300.000 of 1.500.000, rounded: no flag
        assert!(
            p.simpul.iter().all(|s| s.tanda.is_empty()),
            "{:?}",
            p.simpul
        );
        // no realisasi at all: said, not silently 0
        let t = baca_tabel_anggaran("Uraian\tPagu\nProgram A\t1.000");
        assert!(!t.realisasi_persen);
        assert!(ada_pesan(&t, "Kolom Realisasi belum dikenali"));
    }

    /// Quarterly realisasi written to date: the realisasi is the last figure, not their sum
    /// (1.350 of a budget of 1.000, flagged as overspent).
    #[test]
    fn quarterly_figures_written_to_date() {
        let t = baca_tabel_anggaran(
            "Uraian\tPagu\tRencana s.d. TW I\tRencana s.d. TW II\tRealisasi s.d. TW I\tRealisasi s.d. TW II\tRealisasi s.d. TW III\n\
             Sub A\t1.000\t300\t500\t200\t450\t700",
        );
        let b = &t.baris[0];
        let n = |x: i64| Some(Decimal::from(x));
        assert_eq!(b.realisasi, n(700));
        assert_eq!(b.realisasi_tw, [n(200), n(250), n(250), None]);
        assert_eq!(b.rencana_tw, [n(300), n(200), None, None]);
        assert_eq!(t.triwulan, Some(2));
    }

    /// A Rencana Aksi's quarterly monitoring in the budget box: the indikator's quarterly
    /// target and realisasi come first, the budget's `Realisasi Anggaran TW ...` after. The
    /// budget's are read; the indikator's counted 3 + 3 + 2 documents as rupiah. A bare
    /// quarter after a money heading stays money, and a budget whose plan alone names money
    /// keeps its realisasi quarters.
    #[test]
    fn the_budgets_quarters_beside_the_indikators() {
        let t = baca_tabel_anggaran(
            "No\tIndikator\tTarget TW I\tTarget TW II\tRealisasi TW I\tRealisasi TW II\tProgram\tPagu Anggaran\tRealisasi Anggaran TW I\tTW II\n\
             1\tJumlah dokumen\t3\t3\t3\t2\tProgram A\t100.000\t20.000\t25.000",
        );
        let b = &t.baris[0];
        let n = |x: i64| Some(Decimal::from(x));
        assert_eq!((b.uraian.as_str(), b.anggaran), ("Program A", n(100_000)));
        assert_eq!(b.realisasi_tw, [n(20_000), n(25_000), None, None]);
        assert_eq!(b.realisasi, n(45_000));
        assert_eq!(
            b.rencana_tw, [None; 4],
            "the indikator's targets are no budget plan"
        );
        let t = baca_tabel_anggaran(
            "Uraian\tPagu\tRencana Anggaran Kas TW I\tRealisasi TW I\nSub A\t1.000\t300\t250",
        );
        let b = &t.baris[0];
        assert_eq!((b.rencana_tw[0], b.realisasi_tw[0]), (n(300), n(250)));
    }

    /// The LKjIP's budget per sasaran writes its `Jumlah` in the Sasaran column: a Jumlah
    /// row, checked and not added, and no note of a row without uraian.
    #[test]
    fn jumlah_in_the_sasaran_column() {
        let t = baca_tabel_anggaran(
            "No\tSasaran\tProgram\tAnggaran\tRealisasi\n1\tS1\tProgram A\t100\t90\n\t\tProgram B\t50\t50\n\
             2\tS2\tProgram C\t70\t10\n\tJumlah\t\t220\t150",
        );
        let last = t.baris.last().unwrap();
        assert!(last.jumlah && last.uraian == "Jumlah", "{last:?}");
        assert!(t.pesan.is_empty(), "{:?}", t.pesan);
        let s: Vec<(usize, &str)> = t.sasaran.iter().map(|(i, s)| (*i, s.as_str())).collect();
        assert_eq!(s, [(0, "S1"), (2, "S2")]);
        // an indikator's name in a column set aside is no Jumlah
        let t = baca_tabel_anggaran(
            "Sasaran\tIndikator\tProgram\tAnggaran\nS1\tIKM\tProgram A\t100\n\tJumlah dokumen\t\t50\n\tJumlah\t\t150",
        );
        let jumlah: Vec<bool> = t.baris.iter().map(|b| b.jumlah).collect();
        assert_eq!(jumlah, [false, false, true]);
    }

    #[test]
    fn a_coded_first_row_under_the_header_is_data() {
        // the first program right under the header names a header word ("Program") but has a code
        for kode in ["7.01.1.", "1", "I", "A."] {
            let teks = format!("Kode\tUraian\tAnggaran\tRealisasi\n{kode}\tProgram Pelayanan\t\t\n{kode}1\tKegiatan A\t100\t90");
            let t = baca_tabel_anggaran(&teks);
            assert_eq!(t.baris.len(), 2, "{kode}: {:#?}", t.baris);
            assert_eq!(t.baris[0].uraian, "Program Pelayanan");
        }
    }

    #[test]
    fn a_headerless_budget_is_guessed() {
        let (_, rows) = pisah_tabel("1.1\tPenyediaan Jasa Surat Menyurat\t270.000\t265.000");
        assert_eq!(
            tebak_kolom(&rows),
            vec![
                KolomAnggaran::Kode,
                KolomAnggaran::Uraian,
                KolomAnggaran::Anggaran,
                KolomAnggaran::Realisasi
            ]
        );
        let t = baca_tabel_anggaran(
            "1.1\tPenyediaan Jasa\tseratus\t265.000\n1.2\tJasa Kebersihan\t100.000\t90.000\n1.3\tJasa Listrik\t50.000\t40.000\n1.4\tJasa Air\t50.000\t40.000\n1.5\tJasa Telepon\t50.000\t40.000",
        );
        assert_eq!(
            t.pesan.iter().find(|p| p.galat()).map(|p| p.kolom.as_str()),
            Some("Anggaran"),
            "a role's name, not a debug name"
        );
    }

    #[test]
    fn jumlah_in_the_kode_column_moves_to_uraian() {
        let t = baca_tabel_anggaran(
            "Kode\tUraian\tAnggaran\tRealisasi\n1\tProgram A\t100\t90\nJUMLAH\t\t100\t90",
        );
        assert!(t.baris[1].jumlah);
        assert_eq!(
            (t.baris[1].kode.as_str(), t.baris[1].uraian.as_str()),
            ("", "JUMLAH")
        );
    }

    #[test]
    fn reads_rows_jumlah_and_page_break_continuations() {
        let teks = "No\tProgram/Kegiatan\tJumlah Anggaran (Rp)\tRealisasi (Rp)\t%
1\t2\t3\t4\t5
5\tProg. Pelaksanaan Wewenang\t41.025.000\t40.970.000\t99,87
5.1\tPembinaan Ketentraman Dan Ketertiban\t11.025.000\t10.980.000\t99,59
\tSerta Kemasyarakatan\t\t\t
5.2\tPenunjang Pemilu\t30.000.000\t29.990.000\t99,97
\tJumlah\t41.025.000\t40.970.000\t99,87";
        let t = baca_tabel_anggaran(teks);
        assert_eq!(t.baris.len(), 4);
        assert_eq!(
            t.baris[1].uraian,
            "Pembinaan Ketentraman Dan Ketertiban Serta Kemasyarakatan"
        );
        assert!(t.baris[3].jumlah);
        assert_eq!(t.baris[2].anggaran, Some(Decimal::from(30_000_000)));
        assert_eq!(t.baris[0].persen_laporan, Some(Decimal::new(9987, 2)));
    }

    #[test]
    fn unreadable_money_is_named() {
        let t = baca_tabel_anggaran("Uraian\tAnggaran\tRealisasi\nA\tseratus\t10\nB\t20\t10");
        assert_eq!(t.baris.len(), 2);
        let p = &t.pesan[0];
        assert_eq!(
            (p.baris, p.kolom.as_str(), p.teks.as_str()),
            (2, "Anggaran", "seratus")
        );
    }

    #[test]
    fn a_program_row_with_a_percent_cell_is_data_not_a_repeated_header() {
        // "Program ..." and "95%" both name a budget column; the amounts make it a data row
        let teks = "No\tProgram/Kegiatan/Sub Kegiatan\tPagu Anggaran (Rp)\tRealisasi (Rp)\t%
1\tProgram Penunjang Urusan Pemerintahan Daerah\tRp 1.250.000.000,00\tRp 1.187.500.000,00\t95%
1.1\tPerencanaan\t1.250.000.000\t1.187.500.000\t
No\tProgram/Kegiatan/Sub Kegiatan\tPagu Anggaran (Rp)\tRealisasi (Rp)\t%
2\tProgram Kecamatan\t500.000.000\t0\t0%";
        let t = baca_tabel_anggaran(teks);
        let kode: Vec<_> = t.baris.iter().map(|b| b.kode.as_str()).collect();
        assert_eq!(
            kode,
            ["1", "1.1", "2"],
            "the repeated header is still left out"
        );
        assert_eq!(t.baris[0].anggaran, Some(Decimal::new(125_000_000_000, 2)));
    }

    #[test]
    fn of_two_budget_columns_the_revised_one_is_used_and_said() {
        for (teks, dipakai) in [
            ("Kode\tUraian\tAnggaran Murni\tAnggaran Perubahan\tRealisasi\t%\n1\tProgram A\t100\t120\t110\t91,67", "Anggaran Perubahan"),
            ("Kode\tUraian\tAnggaran Sebelum Perubahan\tAnggaran Setelah Perubahan\tRealisasi\n1\tProgram A\t100\t120\t110", "Anggaran Setelah Perubahan"),
            ("No\tUraian\tAPBD\tAPBD-P\tRealisasi\n1\tProgram A\t100\t120\t110", "APBD-P"),
        ] {
            let t = baca_tabel_anggaran(teks);
            assert_eq!(t.baris[0].anggaran, Some(Decimal::from(120)), "{teks}");
            let p = t.pesan.iter().find(|p| p.tingkat == Tingkat::Info).expect("a note");
            assert!(p.pesan.contains(&format!("terhadap \"{dipakai}\"")), "{}", p.pesan);
        }
        // two budget columns, neither revised: the first, said too
        let t = baca_tabel_anggaran("Uraian\tPagu\tAnggaran\tRealisasi\nA\t100\t120\t90");
        assert_eq!(t.baris[0].anggaran, Some(Decimal::from(100)));
        assert!(ada_pesan(&t, "terhadap \"Pagu\""));
    }

    #[test]
    fn an_indicator_table_in_the_budget_box_is_named() {
        let t = baca_tabel_anggaran(
            "No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi\n1\tS\tIKM\t%\t80\t85",
        );
        assert!(ada_pesan(&t, "tampaknya tabel indikator kinerja"));
    }

    /// Whether a message of `t` says `teks`.
    fn ada_pesan(t: &TabelAnggaran, teks: &str) -> bool {
        t.pesan.iter().any(|p| p.pesan.contains(teks))
    }

    #[test]
    fn three_decimals_in_a_rupiah_column_are_read_and_questioned() {
        // an en-US column (seed 001's shape) with "12.345" typed by a person used to id-ID
        let t = baca_tabel_anggaran(
            "Uraian\tAnggaran\tRealisasi\nA\t82,508,800.00\t81,716,800.00\nB\t2,523,600.00\t12.345",
        );
        assert_eq!(t.baris[1].realisasi, Some(Decimal::new(12345, 3)));
        let p = t
            .pesan
            .iter()
            .find(|p| p.baris == 3)
            .expect("a warning on the cell");
        assert_eq!((p.kolom.as_str(), p.teks.as_str()), ("Realisasi", "12.345"));
        assert!(p.pesan.contains("dibaca 12,345 rupiah"), "{}", p.pesan);
        // whole rupiah with zero decimals and percentages say nothing
        let t =
            baca_tabel_anggaran("Uraian\tAnggaran\tRealisasi\t%\nA\t1,500.000\t1,000.00\t66.667");
        assert!(t.pesan.is_empty(), "{:?}", t.pesan);
    }

    #[test]
    fn a_row_with_unreadable_amounts_is_its_own_row_not_the_rest_of_the_one_above() {
        let t = baca_tabel_anggaran("Uraian\tAnggaran\tRealisasi\nKegiatan A\t100\t90\nKegiatan B\tseratus\tsembilan puluh\nlanjutan nama\t\t");
        let uraian: Vec<_> = t.baris.iter().map(|b| b.uraian.as_str()).collect();
        assert_eq!(uraian, ["Kegiatan A", "Kegiatan B lanjutan nama"]);
        assert_eq!(t.pesan.iter().filter(|p| p.galat()).count(), 2);
    }
}
