//! What comes with a table when an office copies it: a byte-order mark from a file opened as
//! text, Windows line ends, the caption above, the source note below ("Sumber: ..."), blank
//! lines, the row of column numbers under the header. None of it is data: every seed table,
//! pasted with any of it, gives the same figures as pasted alone.
#![cfg(not(target_arch = "wasm32"))]

mod bersama;

use bersama::salinan_pdf;
use kalkulator_sakip::core::anggaran::baca::baca_tabel_anggaran;
use kalkulator_sakip::core::anggaran::perkembangan::{hitung_perkembangan, MetodePertumbuhan};
use kalkulator_sakip::core::anggaran::pohon::bangun_pohon;
use kalkulator_sakip::core::ikm::hitung_ikm;
use kalkulator_sakip::core::kebijakan::{BobotIkm, Kebijakan};
use kalkulator_sakip::core::kinerja::baca::baca_tabel_indikator;
use kalkulator_sakip::core::kinerja::sasaran::hitung_kinerja;

const INDIKATOR: &[&str] = &[
    "seed000_indikator.tsv",
    "seed000_renstra.tsv",
    "seed000_tahun_lalu.tsv",
    "seed001_indikator.tsv",
    "seed001_kinerja_keuangan.tsv",
    "seed001_rencana_aksi.tsv",
    "seed001_renstra.tsv",
    "seed002_indikator.tsv",
    "seed004_indikator.md",
    "e81_evaluasi_renja.tsv",
];

const ANGGARAN: &[&str] = &[
    "seed000_anggaran.tsv",
    "seed001_anggaran.tsv",
    "seed002_anggaran.tsv",
    "seed002_dpa_perubahan.tsv",
    "seed004_anggaran.md",
];

fn fixture(nama: &str) -> String {
    std::fs::read_to_string(format!("tests/fixtures/{nama}")).unwrap_or_default()
}

/// Each indikator's name, sasaran and capaian, and the instansi's capaian.
fn kinerja(teks: &str) -> Vec<String> {
    let t = baca_tabel_indikator(teks, None);
    let h = hitung_kinerja(&t, &Kebijakan::default());
    let mut v: Vec<String> = t
        .indikator
        .iter()
        .zip(&h.capaian)
        .map(|(i, c)| format!("{} | {} | {:?}", i.nama, t.sasaran[i.sasaran], c.nilai))
        .collect();
    v.push(format!("instansi {:?}", h.instansi.nilai));
    v
}

/// Each budget line's kode, uraian and totals, and the table's total.
fn anggaran(teks: &str) -> Vec<String> {
    let t = baca_tabel_anggaran(teks);
    let p = bangun_pohon(&t);
    let mut v: Vec<String> = p
        .simpul
        .iter()
        .map(|s| {
            let b = &t.baris[s.baris];
            format!(
                "{} | {} | {} | {}",
                b.kode,
                b.uraian,
                s.total.anggaran.normalize(),
                s.total.realisasi.normalize()
            )
        })
        .collect();
    v.push(format!(
        "total {} {}",
        p.total.anggaran.normalize(),
        p.total.realisasi.normalize()
    ));
    v
}

/// Each unsur's NRR and the IKM.
fn ikm(teks: &str) -> Vec<String> {
    let (h, _) = hitung_ikm(teks, BobotIkm::Seperseribu111.nilai());
    h.map_or(Vec::new(), |h| {
        let mut v: Vec<String> = h.nrr.iter().map(|(u, n)| format!("{u} | {n}")).collect();
        v.push(format!("IKM {}", h.ikm));
        v
    })
}

/// Each year's anggaran and growth, and the average growth.
fn perkembangan(teks: &str) -> Vec<String> {
    let p = hitung_perkembangan(teks, MetodePertumbuhan::default());
    let mut v: Vec<String> = p
        .tahun
        .iter()
        .map(|t| {
            format!(
                "{} | {} | {:?}",
                t.tahun,
                t.anggaran,
                t.pertumbuhan.as_ref().map(|g| g.0)
            )
        })
        .collect();
    v.push(format!("rata-rata {:?}", p.rata_rata.map(|r| r.0)));
    v
}

/// The signatures under a Perjanjian Kinerja, as seed 001 has them.
const TANDA_TANGAN: &str = "Dumai, 3 Januari 2022\nPIHAK KEDUA\tPIHAK PERTAMA\n\
    WALIKOTA DUMAI\tCAMAT SUNGAI SEMBILAN\n\nH. PAISAL, SKM, MARS\tDRS. ABDUL RAHMAN\n\
    \tNIP. 19750101 200003 1 001";

/// The report's text above a table, as seed 000's Bab III has it: a person copying from the
/// section's start.
const BAB_III: &str = "BAB III\n\nAKUNTABILITAS KINERJA\n\nA. CAPAIAN AKUNTABILITAS KINERJA\n\n\
    1. Capaian Kinerja Umum\n\na. Rumusan kinerja\n\n\
    Untuk mewujudkan upaya pencapaian visi dan misi serta kinerja, Kecamatan\n\n\
    Rupa menetapkan tujuan yang akan dicapai sesuai dengan perjanjian kinerja sebagai berikut :\n\n\
    1. Meningkatkan kualitas pelayanan publik yang profesional\n2. Meningkatkan kenyamanan wilayah\n\
    3. Meningkatkan akuntabilitas kinerja\n\nb. Sasaran\n\n\
    Penetapan sasaran yang akan dicapai diharapkan dapat memberikan fokus pada penyusunan kegiatan.\n\n\
    1. Meningkatnya kepuasan masyarakat\n\
    2. Meningkatnya kinerja penyelenggaraan tugas umum pemerintahan kecamatan\n\
    3. Meningkatnya keamanan dan ketertiban\n4. Meningkatnya kualitas capaian kinerja\n\n\
    c. Indikator Sasaran\n\n\
    Untuk pengukuran kinerja sasaran yang akan dicapai ditetapkan indikator sasaran sebagai berikut:\n\n\
    1. Indeks pelayanan / indeks kepuasan masyarakat\n\
    2. Persentase kelurahan / desa dengan kinerja baik\n\
    3. Persentase penurunan gangguan kamtibmas\n4. Predikat akuntabilitas kinerja\n\
    5. Persentase tindak lanjut hasil pemeriksaan keuangan\n\nTabel 3.2\nRealisasi kinerja tahun 2019\n";

/// The report's text under a table, as seed 000 has it after table 3.3.
const SESUDAH: &str = "Adapun pencapaian kinerja tahun 2019 meningkat secara signifikan terhadap \
    kinerja tahun 2018. Rata pencapaian 100 % di bandingkan tahun lalu.\n\n\
    3. Capaian kinerja berdasarkan target Renstra 2016-2021\n\nTabel 3.4\n\
    Capaian kinerja tahun 2019 dan target Renstra";

/// The table with what an office copies along: (what, the text).
fn dengan_sekitar(teks: &str) -> Vec<(&'static str, String)> {
    let baris: Vec<&str> = teks.lines().collect();
    let tiap =
        |f: &dyn Fn(&str) -> String| baris.iter().map(|l| f(l)).collect::<Vec<_>>().join("\n");
    vec![
        ("a byte-order mark", format!("\u{feff}{teks}")),
        ("Windows line ends", teks.replace('\n', "\r\n")),
        (
            "a caption above",
            format!("Tabel 3.1 Capaian Kinerja Tahun 2024\n{teks}"),
        ),
        ("a caption and a blank line", format!("Lampiran\n\n{teks}")),
        (
            "a source note below",
            format!("{teks}\nSumber: Kecamatan, 2024"),
        ),
        (
            "a source note with a blank line",
            format!("{teks}\n\nSumber : Data diolah, 2024"),
        ),
        (
            "a footnote below",
            format!("{teks}\nKeterangan: *) data sementara"),
        ),
        ("blank lines below", format!("{teks}\n\n\n")),
        ("the signatures below", format!("{teks}\n\n{TANDA_TANGAN}")),
        ("the report's text above", format!("{BAB_III}\n{teks}")),
        ("the report's text below", format!("{teks}\n\n{SESUDAH}")),
        ("a page footer below", format!("{teks}\nHalaman 45 dari 60")),
        ("spaces after each line", tiap(&|l| format!("{l}  "))),
        (
            "a blank line amid the rows",
            sisip(&baris, baris.len() / 2, String::new()),
        ),
        ("column numbers in parentheses", tiap(&nomor_berkurung)),
    ]
}

/// The lines with `baru` put before line `i`.
fn sisip(baris: &[&str], i: usize, baru: String) -> String {
    let mut v: Vec<String> = baris.iter().map(|s| s.to_string()).collect();
    v.insert(i.min(v.len()), baru);
    v.join("\n")
}

/// A row of column numbers (`1 | 2 | 3`) written as seed 001's Perjanjian Kinerja writes it,
/// `(1) | (2) | (3)`; any other line as it is.
fn nomor_berkurung(l: &str) -> String {
    let sel: Vec<&str> = l.split('\t').collect();
    let angka: Vec<&str> = sel
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    let nomor = angka.len() >= 3
        && angka[0] == "1"
        && angka.iter().all(|c| c.bytes().all(|b| b.is_ascii_digit()));
    if !nomor {
        return l.to_string();
    }
    sel.iter()
        .map(|c| {
            if c.trim().is_empty() {
                c.to_string()
            } else {
                format!("({})", c.trim())
            }
        })
        .collect::<Vec<_>>()
        .join("\t")
}

fn sama(nama: &str, f: fn(&str) -> Vec<String>) -> Vec<String> {
    let teks = fixture(nama);
    let dasar = f(&teks);
    // the next table of the report copied along, after its text and caption
    let lain = if nama.contains("tahun_lalu") {
        "seed000_indikator.tsv"
    } else {
        "seed000_tahun_lalu.tsv"
    };
    let lain = if nama.contains("anggaran") {
        "seed000_perkembangan.tsv"
    } else {
        lain
    };
    // another table of the same box, of other columns (a budget's DPA changes under it)
    let sejenis = match nama {
        "seed002_dpa_perubahan.tsv" => Some("seed002_anggaran.tsv"),
        n if n.ends_with(".tsv") && n.contains("anggaran") => Some("seed002_dpa_perubahan.tsv"),
        // the Renstra's table under the year's, both with a target
        "seed000_indikator.tsv" => Some("seed000_renstra.tsv"),
        n if INDIKATOR.contains(&n) => Some("seed000_indikator.tsv"),
        _ => None,
    };
    dengan_sekitar(&teks)
        .into_iter()
        .chain([(
            "the next table below",
            format!("{teks}\n\n{SESUDAH}\n{}", fixture(lain)),
        )])
        .chain(sejenis.map(|n| {
            (
                "another table of its kind below",
                format!("{teks}\n\n{SESUDAH}\n{}", fixture(n)),
            )
        }))
        .filter_map(|(apa, t)| {
            let v = f(&t);
            (v != dasar).then(|| {
                let beda = dasar
                    .iter()
                    .zip(&v)
                    .find(|(a, b)| a != b)
                    .map(|(a, b)| format!("{a} -> {b}"))
                    .unwrap_or_else(|| format!("{} rows -> {}", dasar.len(), v.len()));
                format!("{nama} with {apa}: {beda}")
            })
        })
        .collect()
}

#[test]
fn indicator_tables_read_the_same_with_what_is_copied_around_them() {
    let beda: Vec<String> = INDIKATOR.iter().flat_map(|n| sama(n, kinerja)).collect();
    assert!(beda.is_empty(), "{beda:#?}");
}

#[test]
fn budget_tables_read_the_same_with_what_is_copied_around_them() {
    let beda: Vec<String> = ANGGARAN.iter().flat_map(|n| sama(n, anggaran)).collect();
    assert!(beda.is_empty(), "{beda:#?}");
}

#[test]
fn ikm_and_growth_tables_read_the_same_with_what_is_copied_around_them() {
    let mut beda = sama("seed000_ikm.tsv", ikm);
    beda.extend(sama("seed000_perkembangan.tsv", perkembangan));
    assert!(
        ikm(&fixture("seed000_ikm.tsv")).len() > 9,
        "the IKM is read"
    );
    assert!(beda.is_empty(), "{beda:#?}");
}

/// A table copied from a PDF across two pages brings the page's running footer and number
/// along, amid the rows, and the signatures under it: each gives the same figures as the copy
/// without them.
#[test]
fn a_pdf_copy_across_pages_reads_the_same_without_its_footer() {
    let kaki = [
        "LKjIP Kecamatan Sungai Sembilan Tahun 2022 45",
        "45",
        "- 45 -",
        "Halaman 45 dari 60",
    ];
    let mut beda = Vec::new();
    for (nama, f) in [
        ("seed000_indikator.tsv", kinerja as fn(&str) -> Vec<String>),
        ("seed001_indikator.tsv", kinerja),
        ("seed002_indikator.tsv", kinerja),
        ("seed001_anggaran.tsv", anggaran),
        ("seed002_anggaran.tsv", anggaran),
    ] {
        let pdf = salinan_pdf(&fixture(nama), " ");
        let dasar = f(&pdf);
        let baris: Vec<&str> = pdf.lines().collect();
        for k in kaki {
            let v = f(&sisip(&baris, baris.len() / 2, k.to_string()));
            if v != dasar {
                beda.push(format!(
                    "{nama} with {k:?}: {} rows -> {}",
                    dasar.len(),
                    v.len()
                ));
            }
        }
        // the signatures and the source under it, copied as the PDF has them (a NIP's digits
        // were a column of amounts: seed 002's total 808.184.382 for 839.077.360)
        let bawah = salinan_pdf(&format!("{TANDA_TANGAN}\nSumber: Kecamatan, 2024"), " ");
        if f(&format!("{pdf}\n\n{bawah}")) != dasar {
            beda.push(format!("{nama} with the signatures"));
        }
    }
    assert!(beda.is_empty(), "{beda:#?}");
}

/// Seed 000's IKM table as a PDF viewer copies it (one space between cells and words, no
/// header of cells): each unsur's NRR and the IKM as from Word. Before, each line was read as
/// the number it starts with (`1 Persyaratan 3 0.33 81.14` was 1, so no NRR) and the column
/// numbers `1 2 3 4 5` as an unsur of NRR 2: 3 unsur and an IKM of 24,98.
#[test]
fn seed_000s_ikm_copied_from_its_pdf_reads_as_from_word() {
    let tabel = fixture("seed000_ikm.tsv");
    let pdf = salinan_pdf(&tabel, " ");
    assert_eq!(ikm(&pdf), ikm(&tabel));
    assert_eq!(ikm(&pdf).last().map(String::as_str), Some("IKM 81.14100"));
    // the growth table too
    let tabel = fixture("seed000_perkembangan.tsv");
    assert_eq!(
        perkembangan(&salinan_pdf(&tabel, " ")),
        perkembangan(&tabel)
    );
}

/// A table copied from a PDF with the report's text around it: the section's text and the
/// caption above, the paragraph, the next heading and caption under it, with or without a
/// blank line between (a PDF viewer's copy often has none), and a markdown table with a
/// paragraph right under it. Before, the header was looked for among the first five lines only,
/// so nothing was read under 30 lines of text (`BAB III` was the first indikator, or one budget
/// line); and under the table the paragraph was one more indikator, and the next caption's
/// `Tabel 3.4` a budget line of 3,4 in the last program (seed 002: 80.895.000 -> 50.000.003,4).
#[test]
fn a_pdf_copy_reads_the_same_with_the_reports_text_around_it() {
    let mut beda = Vec::new();
    for (nama, f) in [
        ("seed000_indikator.tsv", kinerja as fn(&str) -> Vec<String>),
        ("seed000_tahun_lalu.tsv", kinerja),
        ("seed001_indikator.tsv", kinerja),
        ("seed002_indikator.tsv", kinerja),
        ("seed004_indikator.md", kinerja),
        ("seed000_anggaran.tsv", anggaran),
        ("seed001_anggaran.tsv", anggaran),
        ("seed002_anggaran.tsv", anggaran),
        ("seed004_anggaran.md", anggaran),
    ] {
        let pdf = salinan_pdf(&fixture(nama), " ");
        let dasar = f(&pdf);
        assert!(dasar.len() > 3, "{nama} is read as a PDF copy");
        let berikut = if nama.contains("tahun_lalu") {
            "seed000_indikator.tsv"
        } else {
            "seed000_tahun_lalu.tsv"
        };
        let berikut = salinan_pdf(&fixture(berikut), " ");
        for (apa, t) in [
            (
                "the caption",
                format!("Tabel 3.2 Realisasi kinerja tahun 2019\n{pdf}"),
            ),
            ("the report's text above", format!("{BAB_III}\n{pdf}")),
            ("the text below", format!("{pdf}\n\n{SESUDAH}")),
            ("the text right below", format!("{pdf}\n{SESUDAH}")),
            ("text on both sides", format!("{BAB_III}{pdf}\n{SESUDAH}")),
            (
                "the next table below",
                format!("{pdf}\n{SESUDAH}\n{berikut}"),
            ),
        ] {
            if f(&t) != dasar {
                beda.push(format!("{nama} with {apa}"));
            }
        }
    }
    assert!(beda.is_empty(), "{beda:#?}");
}

/// A change to a pasted text.
type Ubah<'a> = Box<dyn Fn(&str) -> String + 'a>;

/// Each cell of a table changed as copies change them: a no-break space for every space (Word),
/// cells padded with spaces, a no-break space or a zero-width space by each number (a web page,
/// a PDF viewer), an empty column (a merged cell), a tab ending or starting each line, an en
/// dash for "no value". Every seed table gives the same figures.
#[test]
fn cells_changed_as_copies_change_them_read_the_same() {
    let sel = |teks: &str, g: &dyn Fn(usize, &str) -> String| -> String {
        let baris = teks.lines().map(|l| {
            let sel: Vec<String> = l.split('\t').enumerate().map(|(j, c)| g(j, c)).collect();
            sel.join("\t")
        });
        baris.collect::<Vec<_>>().join("\n")
    };
    let angka = |c: &str| {
        c.bytes().any(|b| b.is_ascii_digit())
            && c.bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    };
    let ubah: Vec<(&str, Ubah<'_>)> = vec![
        ("no-break spaces", Box::new(|t| t.replace(' ', "\u{a0}"))),
        (
            "padded cells",
            Box::new(|t| {
                sel(t, &|_, c| {
                    if c.is_empty() {
                        String::new()
                    } else {
                        format!(" {c} ")
                    }
                })
            }),
        ),
        (
            "a no-break space after each number",
            Box::new(|t| {
                sel(t, &|_, c| {
                    if angka(c) {
                        format!("{c}\u{a0}")
                    } else {
                        c.into()
                    }
                })
            }),
        ),
        (
            "a zero-width space before each number",
            Box::new(|t| {
                sel(t, &|_, c| {
                    if angka(c) {
                        format!("\u{200b}{c}")
                    } else {
                        c.into()
                    }
                })
            }),
        ),
        (
            "an empty column after the first",
            Box::new(|t| sel(t, &|j, c| if j == 0 { format!("{c}\t") } else { c.into() })),
        ),
        (
            "a tab ending each line",
            Box::new(|t| {
                t.lines()
                    .map(|l| format!("{l}\t"))
                    .collect::<Vec<_>>()
                    .join("\n")
            }),
        ),
        (
            "a tab starting each line",
            Box::new(|t| {
                t.lines()
                    .map(|l| format!("\t{l}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            }),
        ),
        (
            "an en dash for no value",
            Box::new(|t| {
                sel(t, &|_, c| {
                    if c.trim() == "-" {
                        "–".into()
                    } else {
                        c.into()
                    }
                })
            }),
        ),
    ];
    let mut beda = Vec::new();
    for (nama, f) in INDIKATOR
        .iter()
        .filter(|n| n.ends_with(".tsv"))
        .map(|n| (*n, kinerja as fn(&str) -> Vec<String>))
        .chain(
            ANGGARAN
                .iter()
                .filter(|n| n.ends_with(".tsv"))
                .map(|n| (*n, anggaran as fn(&str) -> Vec<String>)),
        )
        .chain([
            ("seed000_ikm.tsv", ikm as fn(&str) -> Vec<String>),
            ("seed000_perkembangan.tsv", perkembangan),
        ])
    {
        let teks = fixture(nama);
        let dasar = f(&teks);
        for (apa, u) in &ubah {
            if f(&u(&teks)) != dasar {
                beda.push(format!("{nama} with {apa}"));
            }
        }
    }
    assert!(beda.is_empty(), "{beda:#?}");
}

/// The seeds' own Bab III sections, as an office would drag over them: from the text above a
/// table, through it, into the text, the next tables and their analysis (each fixture is a
/// stretch of the seed as it is, `seedNNN_bab3_*.txt`), pasted as Word copies them (tabs) and
/// as a PDF viewer does (single spaces). Each gives the figures of its table alone.
#[test]
fn the_seeds_bab_iii_sections_read_as_their_tables_alone() {
    let mut beda = Vec::new();
    for (bagian, tabel, f) in [
        (
            "seed000_bab3_kinerja.txt",
            "seed000_indikator.tsv",
            kinerja as fn(&str) -> Vec<String>,
        ),
        ("seed001_bab3_kinerja.txt", "seed001_indikator.tsv", kinerja),
        (
            "seed000_bab3_anggaran.txt",
            "seed000_anggaran.tsv",
            anggaran,
        ),
        (
            "seed001_bab3_anggaran.txt",
            "seed001_anggaran.tsv",
            anggaran,
        ),
        (
            "seed002_bab3_anggaran.txt",
            "seed002_anggaran.tsv",
            anggaran,
        ),
        // markdown: a table a sasaran, the analysis between them
        ("seed004_bab3_kinerja.txt", "seed004_indikator.md", kinerja),
        // markdown: the table, then Bab IV's text and its small tables
        ("seed004_bab3_anggaran.txt", "seed004_anggaran.md", anggaran),
    ] {
        let dasar = f(&fixture(tabel));
        let teks = fixture(bagian);
        assert!(teks.lines().count() > 40, "{bagian}");
        if f(&teks) != dasar {
            beda.push(format!("{bagian} as Word copies it"));
        }
        // a PDF copy's names are as the table's PDF copy reads them (seed 001's `a` before
        // each indikator): compared with that
        if f(&salinan_pdf(&teks, " ")) != f(&salinan_pdf(&fixture(tabel), " ")) {
            beda.push(format!("{bagian} as a PDF viewer copies it"));
        }
    }
    assert!(beda.is_empty(), "{beda:#?}");
}

/// Another box's table above this box's: the end of the section before, copied along (seed
/// 000's IKM section starts under the IKM indikator's own table of target and realisasi, its
/// growth section under the last sasaran's). The rows above this box's table are left out,
/// with a message. Before, the first table was taken for the paste's and this box's table
/// for another under it: the IKM was 9,71 (one unsur), the growth table read no year, a budget
/// under an indikator's table read nothing.
#[test]
fn another_boxs_table_above_is_left_out() {
    assert_eq!(
        ikm(&fixture("seed000_bab3_ikm.txt")),
        ikm(&fixture("seed000_ikm.tsv"))
    );
    assert_eq!(
        perkembangan(&fixture("seed000_bab3_perkembangan.txt")),
        perkembangan(&fixture("seed000_perkembangan.tsv"))
    );
    let indikator = "Sasaran\tIndikator sasaran\tTarget\tRealisasi\t%\n\
        Meningkatkan keamanan\tPersentase penurunan gangguan\t13%\t9%\t69.23%\n\n\
        5. Analisis efisiensi sumber daya\n\nBerikut realisasi anggaran:\n\n";
    let anggaran_saja = fixture("seed002_anggaran.tsv");
    assert_eq!(
        anggaran(&format!("{indikator}{anggaran_saja}")),
        anggaran(&anggaran_saja)
    );
    let ikm_dulu = "No\tUnsur\tNRR\n1\tPersyaratan\t3,2\n\nBerikut capaian kinerja:\n\n";
    let kinerja_saja = fixture("seed000_indikator.tsv");
    assert_eq!(
        kinerja(&format!("{ikm_dulu}{kinerja_saja}")),
        kinerja(&kinerja_saja)
    );
}

/// A whole report pasted into each box (Ctrl+A, Ctrl+C in Word; the seeds as they are): its
/// cover, table of contents, foreword and signatures, Bab II's Perjanjian Kinerja and pagu,
/// and Bab III. Each box reads the first table it computes, with that table's figures alone,
/// and the same heading again after other tables (seed 002's next sasaran); a table of
/// programs under it is another table (seed 004's old and new Renstra); a box whose table the
/// report does not have reads nothing. Before, the table of
/// contents was the table: seed 000 gave 194 indikator (`Halaman KATA PENGANTAR`) and an
/// instansi capaian of 89,95 from its staff tables; its budget 38.049.257.841 from page
/// numbers.
#[test]
fn a_whole_report_reads_the_table_each_box_computes() {
    let laporan = |s: &str| fixture(&format!("laporan/seed{s}_laporan.txt"));
    // the capaian found and the instansi's: the names differ where the report's caption or
    // numbering does (seed 001's Bab II table numbers its indikator `a.`, Bab III's in a column)
    let capaian = |teks: &str| -> Vec<String> {
        kinerja(teks)
            .into_iter()
            .map(|s| s.rsplit(" | ").next().unwrap_or_default().to_string())
            .collect()
    };
    let mut beda = Vec::new();
    for (s, tabel) in [
        ("000", "seed000_indikator.tsv"),
        ("001", "seed001_indikator.tsv"),
        ("002", "seed002_indikator.tsv"),
        ("004", "seed004_indikator.md"),
    ] {
        let (mut a, mut b) = (capaian(&laporan(s)), capaian(&fixture(tabel)));
        if s == "002" {
            // the report's four sasaran, each table followed by its tables of years and of
            // the Renstra; the fixture holds the first two
            let t = baca_tabel_indikator(&laporan(s), None);
            beda.extend((t.sasaran.len() != 4).then(|| format!("seed 002: {:?}", t.sasaran)));
            (a, b) = (a[..b.len() - 1].to_vec(), b[..b.len() - 1].to_vec());
        }
        if a != b {
            beda.push(format!("seed {s} indikator: {a:?} != {b:?}"));
        }
    }
    for (s, tabel) in [
        ("000", "seed000_anggaran.tsv"),
        ("001", "seed001_anggaran.tsv"),
        ("002", "seed002_anggaran.tsv"),
        ("004", "seed004_anggaran.md"),
    ] {
        // every line and its sums, and the total
        let (a, b) = (anggaran(&laporan(s)), anggaran(&fixture(tabel)));
        if a != b {
            beda.push(format!("seed {s} anggaran: {a:?} != {b:?}"));
        }
    }
    let (a, b) = (ikm(&laporan("000")), ikm(&fixture("seed000_ikm.tsv")));
    if a != b {
        beda.push(format!("seed 000 IKM: {a:?} != {b:?}"));
    }
    let (a, b) = (
        perkembangan(&laporan("000")),
        perkembangan(&fixture("seed000_perkembangan.tsv")),
    );
    if a != b {
        beda.push(format!("seed 000 growth: {a:?} != {b:?}"));
    }
    // the reports with no IKM or growth table: those boxes read nothing (before, seed 002's
    // villages were unsur, its IKM 544,76)
    for s in ["001", "002", "004"] {
        let (i, p) = (ikm(&laporan(s)), perkembangan(&laporan(s)));
        if !i.is_empty() || p.len() > 1 {
            beda.push(format!("seed {s}, no IKM or growth table: {i:?} {p:?}"));
        }
    }
    assert!(beda.is_empty(), "{beda:#?}");
}

/// A PDF copy of more than this box's table, one space between cells and words: seed 000's
/// IKM and growth sections, each starting with the end of the section before (an indikator
/// table, the IKM table), and its whole report (seed 000 is itself a PDF). Each box reads its
/// own table, as pasted alone from Word. Before, the single-space reader took the first header
/// whatever its box: the IKM section gave an IKM of 9,71 from one unsur; the whole report
/// read as a table parted by semicolons (one in its prose), its IKM 30,53.
#[test]
fn a_pdf_copy_of_more_than_this_boxs_table_reads_this_boxs() {
    let pdf = |nama: &str| salinan_pdf(&fixture(nama), " ");
    let mut beda = Vec::new();
    let mut sama = |apa: &str, a: Vec<String>, b: Vec<String>| {
        if a != b {
            beda.push(format!("{apa}: {a:?} != {b:?}"));
        }
    };
    sama(
        "IKM section",
        ikm(&pdf("seed000_bab3_ikm.txt")),
        ikm(&fixture("seed000_ikm.tsv")),
    );
    sama(
        "growth section",
        perkembangan(&pdf("seed000_bab3_perkembangan.txt")),
        perkembangan(&fixture("seed000_perkembangan.tsv")),
    );
    let laporan = pdf("laporan/seed000_laporan.txt");
    let capaian = |v: Vec<String>| -> Vec<String> {
        v.into_iter()
            .map(|s| s.rsplit(" | ").next().unwrap_or_default().to_string())
            .collect()
    };
    sama(
        "whole report, indikator",
        capaian(kinerja(&laporan)),
        capaian(kinerja(&fixture("seed000_indikator.tsv"))),
    );
    let total = |teks: &str| anggaran(teks).pop().into_iter().collect::<Vec<_>>();
    sama(
        "whole report, budget",
        total(&laporan),
        total(&fixture("seed000_anggaran.tsv")),
    );
    sama(
        "whole report, IKM",
        ikm(&laporan),
        ikm(&fixture("seed000_ikm.tsv")),
    );
    assert!(beda.is_empty(), "{beda:#?}");
}

/// Seed 002's whole report has no title line above its first sasaran's table (its
/// `Sasaran 1.` heading is a row of the summary table above, which is another table): the
/// sentence right above the table names it, `Kinerja Sasaran “...” dapat dilihat dari capaian
/// indikator kinerja sebagai berikut`, and the sasaran takes that name, with a message saying
/// where it came from. Before, it was named "Sasaran".
#[test]
fn a_sasaran_without_a_title_takes_its_name_from_the_sentence_above_its_table() {
    let laporan = baca_tabel_indikator(&fixture("laporan/seed002_laporan.txt"), None);
    let bagian = baca_tabel_indikator(&fixture("seed002_indikator.tsv"), None);
    assert_eq!(laporan.sasaran.first(), bagian.sasaran.first());
    let pesan = laporan
        .pesan
        .iter()
        .find(|p| p.pesan.contains("nama sasaran"))
        .map(|p| (p.baris, p.pesan.clone()));
    assert!(
        pesan
            .as_ref()
            .is_some_and(|(b, m)| *b == 867 && m.contains("Terwujudnya peningkatan kinerja")),
        "{pesan:?}"
    );
    // a section whose title line is there keeps it, and says nothing of a sentence
    assert!(!bagian
        .pesan
        .iter()
        .any(|p| p.pesan.contains("nama sasaran")));
}

/// A report whose later sasaran have no title line either (seed 002's whole report without
/// its `Sasaran 2. *...*` lines): the sentence above each table names its sasaran, as the
/// title would. Before, every indikator after the first table went under the first sasaran.
#[test]
fn each_table_without_a_title_starts_the_sasaran_its_sentence_names() {
    let laporan = fixture("laporan/seed002_laporan.txt");
    let tanpa_judul: String = laporan
        .split_inclusive('\n')
        .filter(|l| {
            !(l.starts_with("Sasaran ") && l[8..].starts_with(|c: char| c.is_ascii_digit()))
        })
        .collect();
    assert!(
        tanpa_judul.len() < laporan.len(),
        "the fixture has title lines to remove"
    );
    let per_sasaran = |t: &kalkulator_sakip::core::kinerja::indikator::TabelIndikator| {
        let mut n = vec![0; t.sasaran.len()];
        for i in &t.indikator {
            n[i.sasaran] += 1;
        }
        n
    };
    let dengan = baca_tabel_indikator(&laporan, None);
    let tanpa = baca_tabel_indikator(&tanpa_judul, None);
    assert_eq!(per_sasaran(&dengan), [7, 4, 8, 9]);
    assert_eq!(per_sasaran(&tanpa), per_sasaran(&dengan));
    for (a, b) in tanpa.sasaran.iter().zip(&dengan.sasaran) {
        // the title ends with a full stop, the sentence's quote does not
        assert_eq!(a.trim_end_matches('.'), b.trim_end_matches('.'));
    }
    // one message per sasaran named by a sentence; the second sentence wraps over two lines
    let dari_kalimat: Vec<usize> = tanpa
        .pesan
        .iter()
        .filter(|p| p.pesan.contains("diambil dari kalimat"))
        .map(|p| p.baris)
        .collect();
    assert_eq!(dari_kalimat.len(), 4, "{dari_kalimat:?}");
    assert!(tanpa_judul
        .lines()
        .nth(dari_kalimat[1] - 1)
        .is_some_and(|l| l.starts_with("Kinerja Sasaran") && !l.contains('”')));
    // with its title lines the report names them by the titles, and says nothing of sentences
    // but for the first, which has none
    assert_eq!(
        dengan
            .pesan
            .iter()
            .filter(|p| p.pesan.contains("diambil dari kalimat"))
            .count(),
        1
    );
}

/// The same table copied again under it (this year's, then last year's with the same columns,
/// or one table pasted twice) is another table: its rows were counted twice, and the sasaran
/// averaged two years. The first is read, with a message at the heading repeated.
#[test]
fn the_same_table_again_under_it_is_not_read_twice() {
    let dua_tahun = "Tabel 3.1 Capaian Kinerja Tahun 2021\n\
        No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian\n\
        1\tMeningkatnya pelayanan\tIndeks kepuasan\tindeks\t80\t82\t102,5\n\
        2\tMeningkatnya tata kelola\tNilai SAKIP\tnilai\t70\t65\t92,86\n\
        \n\
        Tabel 3.2 Capaian Kinerja Tahun 2020\n\
        No\tSasaran\tIndikator\tSatuan\tTarget\tRealisasi\tCapaian\n\
        1\tMeningkatnya pelayanan\tIndeks kepuasan\tindeks\t78\t76\t97,44\n\
        2\tMeningkatnya tata kelola\tNilai SAKIP\tnilai\t68\t60\t88,24\n";
    let t = baca_tabel_indikator(dua_tahun, None);
    assert_eq!(
        t.sasaran,
        ["Meningkatnya pelayanan", "Meningkatnya tata kelola"]
    );
    let realisasi: Vec<String> = t
        .indikator
        .iter()
        .map(|i| format!("{:?}", i.realisasi))
        .collect();
    assert_eq!(realisasi, ["Angka(82)", "Angka(65)"]);
    // the cut starts at the text above the second table (after a blank line), as for another
    // table, and comes before the roles are read
    let p = t
        .pesan
        .iter()
        .find(|p| p.pesan.contains("tabel yang sama lagi"));
    assert!(p.is_some_and(|p| p.baris == 6), "{:?}", t.pesan);

    // seed 002's section pasted twice, sasaran from its title lines: read once
    let bagian = fixture("seed002_indikator.tsv");
    let sekali = baca_tabel_indikator(&bagian, None);
    let dua_kali = baca_tabel_indikator(&format!("{bagian}\n{bagian}"), None);
    assert_eq!(dua_kali.indikator, sekali.indikator);
    assert_eq!(dua_kali.sasaran, sekali.sasaran);
    assert!(dua_kali
        .pesan
        .iter()
        .any(|p| p.pesan.contains("tabel yang sama lagi")));

    // seed 001's table twice: its roles are read from the first alone (with the second, its
    // enumerator column a, b, c was taken for the indikator's name)
    let bagian = fixture("seed001_indikator.tsv");
    let dua_kali = baca_tabel_indikator(&format!("{bagian}\n\n{bagian}"), None);
    assert_eq!(
        dua_kali.indikator,
        baca_tabel_indikator(&bagian, None).indikator
    );

    // last year's table of one sasaran under this year's, in a report of a table a sasaran:
    // it starts with that sasaran's first indikator, not the table's
    let per_sasaran = "Sasaran 1. Meningkatnya pelayanan\n\
        No\tIndikator\tSatuan\tTarget\tRealisasi\n\
        1\tIndeks kepuasan\tindeks\t80\t82\n\
        Sasaran 2. Meningkatnya tata kelola\n\
        No\tIndikator\tSatuan\tTarget\tRealisasi\n\
        1\tNilai SAKIP\tnilai\t70\t65\n\
        2\tNilai reformasi birokrasi\tnilai\t60\t62\n\
        \n\
        Realisasi tahun lalu\n\
        No\tIndikator\tSatuan\tTarget\tRealisasi\n\
        1\tNilai SAKIP\tnilai\t68\t60\n\
        2\tNilai reformasi birokrasi\tnilai\t58\t57\n";
    let t = baca_tabel_indikator(per_sasaran, None);
    let nilai: Vec<String> = t
        .indikator
        .iter()
        .map(|i| format!("{} {:?}", i.nama, i.realisasi))
        .collect();
    assert_eq!(
        nilai,
        [
            "Indeks kepuasan Angka(82)",
            "Nilai SAKIP Angka(65)",
            "Nilai reformasi birokrasi Angka(62)"
        ]
    );
    assert_eq!(t.sasaran.len(), 2);
    let p = t.pesan.iter().find(|p| p.pesan.contains("sudah dibaca"));
    assert!(
        p.is_some_and(|p| p.baris == 10 && p.pesan.contains("\"Nilai SAKIP\"")),
        "{:?}",
        t.pesan
    );
}

/// The same for a budget: this year's table over last year's of the same columns, or one
/// table pasted twice, is read once; the amounts were added together, without a word.
#[test]
fn the_same_budget_table_again_under_it_is_not_added_twice() {
    let total = |teks: &str| {
        let t = baca_tabel_anggaran(teks);
        let p = bangun_pohon(&t);
        let lagi = t
            .pesan
            .iter()
            .find(|p| p.pesan.contains("tabel yang sama lagi"))
            .map(|p| p.baris);
        (
            p.total.anggaran.to_string(),
            p.total.realisasi.to_string(),
            lagi,
        )
    };
    let berkode = "Tabel 3.5 Realisasi Anggaran Tahun 2021\n\
        Kode\tUraian\tAnggaran\tRealisasi\n\
        1.01\tProgram A\t1.000.000\t900.000\n\
        1.01.01\tKegiatan A1\t1.000.000\t900.000\n\
        \n\
        Tabel 3.6 Realisasi Anggaran Tahun 2020\n\
        Kode\tUraian\tAnggaran\tRealisasi\n\
        1.01\tProgram A\t800.000\t700.000\n\
        1.01.01\tKegiatan A1\t800.000\t700.000\n";
    assert_eq!(total(berkode), ("1000000".into(), "900000".into(), Some(6)));
    // no kode: the uraian alone starts the table again (its amounts differ by year)
    let uraian = "Uraian\tAnggaran\tRealisasi\n\
        Belanja Pegawai\t1.000.000\t900.000\n\
        Belanja Barang\t500.000\t400.000\n\
        \n\
        Tahun 2020\n\
        Uraian\tAnggaran\tRealisasi\n\
        Belanja Pegawai\t800.000\t700.000\n";
    assert_eq!(total(uraian), ("1500000".into(), "1300000".into(), Some(5)));
    // a header repeated at a page break goes on with the rows under it
    let halaman = "Uraian\tAnggaran\tRealisasi\n\
        Belanja Pegawai\t1.000.000\t900.000\n\
        Uraian\tAnggaran\tRealisasi\n\
        Belanja Barang\t500.000\t400.000\n";
    assert_eq!(total(halaman), ("1500000".into(), "1300000".into(), None));
    // seed 002's budget pasted twice: its total once
    let sekali = fixture("seed002_anggaran.tsv");
    let (a, r, _) = total(&sekali);
    let (a2, r2, lagi) = total(&format!("{sekali}\n{sekali}"));
    assert_eq!((a2, r2), (a, r));
    assert!(lagi.is_some());
}
