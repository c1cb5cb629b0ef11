<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>A metadata document is a JSON object.</source>
        <translation>Ein Metadatendokument ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a metadata field; put extra information under &quot;custom&quot;.</source>
        <translation>„%1“ ist kein Metadatenfeld; weitere Angaben gehören unter „custom“.</translation>
    </message>
    <message>
        <source>The name may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, and starts with a letter or digit.</source>
        <translation>Der Name darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a semantic version such as 1.0.0 or 2.1.0-beta.1.</source>
        <translation>„%1“ ist keine semantische Version wie 1.0.0 oder 2.1.0-beta.1.</translation>
    </message>
    <message>
        <source>Write the license as an SPDX identifier or expression, such as MIT or Apache-2.0 OR MIT.</source>
        <translation>Schreibe die Lizenz als SPDX-Kennung oder -Ausdruck, etwa MIT oder Apache-2.0 OR MIT.</translation>
    </message>
    <message>
        <source>The repository is a URL such as https://example.org/team/module.</source>
        <translation>Das Repository ist eine URL wie https://example.org/team/module.</translation>
    </message>
    <message>
        <source>&quot;created&quot; is a UTC time such as 2026-11-21T20:11:16Z.</source>
        <translation>„created“ ist eine UTC-Zeit wie 2026-11-21T20:11:16Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>„%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>„%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; at most %3 are allowed.</source>
        <translation>„%1“ ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds control characters.</source>
        <translation>„%1“ enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one line without control characters.</source>
        <translation>„%1“ muss eine Zeile ohne Steuerzeichen sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a JSON object ({…}).</source>
        <translation>„%1“ muss ein JSON-Objekt sein ({…}).</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of words.</source>
        <translation>„tags“ muss eine Liste von Wörtern sein.</translation>
    </message>
    <message>
        <source>There are %1 tags; at most %2 are allowed.</source>
        <translation>Es gibt %1 Tags; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>Every tag must be text.</source>
        <translation>Jedes Tag muss Text sein.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is not 1 to %2 lowercase letters, digits, &apos;+&apos;, &apos;#&apos;, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Das Tag „%1“ besteht nicht aus 1 bis %2 Kleinbuchstaben, Ziffern, &apos;+&apos;, &apos;#&apos;, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; appears twice.</source>
        <translation>Das Tag „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>&quot;key&quot; (the module&apos;s registry key) is required.</source>
        <translation>„key“ (der Registry-Schlüssel des Moduls) ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;key&quot; is {&quot;type&quot;: &quot;ed25519&quot;, &quot;ethereum-address&quot; or &quot;secp256k1&quot;, &quot;bytes&quot;: &quot;0x…&quot;}.</source>
        <translation>„key“ ist {&quot;type&quot;: &quot;ed25519&quot;, &quot;ethereum-address&quot; oder &quot;secp256k1&quot;, &quot;bytes&quot;: &quot;0x…&quot;}.</translation>
    </message>
    <message>
        <source>A %1 key is 0x and %2 hex digits.</source>
        <translation>Ein %1-Schlüssel ist 0x und %2 Hex-Ziffern.</translation>
    </message>
    <message>
        <source>The document is not signed.</source>
        <translation>Das Dokument ist nicht signiert.</translation>
    </message>
    <message>
        <source>&quot;signature&quot; is {&quot;type&quot;: &quot;ed25519&quot; or &quot;secp256k1&quot;, &quot;publicKey&quot;: &quot;0x…&quot;, &quot;sig&quot;: &quot;0x…&quot;}.</source>
        <translation>„signature“ ist {&quot;type&quot;: &quot;ed25519&quot; oder &quot;secp256k1&quot;, &quot;publicKey&quot;: &quot;0x…&quot;, &quot;sig&quot;: &quot;0x…&quot;}.</translation>
    </message>
    <message>
        <source>An ed25519 signature has a 32-byte publicKey and a 64-byte sig, in hex.</source>
        <translation>Eine ed25519-Signatur hat einen 32-Byte-publicKey und eine 64-Byte-sig, in Hex.</translation>
    </message>
    <message>
        <source>A secp256k1 signature has a 64-byte publicKey and a 65-byte sig, in hex.</source>
        <translation>Eine secp256k1-Signatur hat einen 64-Byte-publicKey und eine 65-Byte-sig, in Hex.</translation>
    </message>
</context>
<context>
    <name>Cid</name>
    <message>
        <source>Only dag-pb CIDs with sha2-256 have a version 0 form; this one is %1.</source>
        <translation>Nur dag-pb-CIDs mit sha2-256 haben eine Form der Version 0; diese ist %1.</translation>
    </message>
    <message>
        <source>The CID is truncated or malformed (its version is not a valid varint).</source>
        <translation>Die CID ist abgeschnitten oder fehlerhaft (ihre Version ist kein gültiger Varint).</translation>
    </message>
    <message>
        <source>CID version %1 does not exist; there are versions 0 and 1.</source>
        <translation>CID-Version %1 gibt es nicht; es gibt die Versionen 0 und 1.</translation>
    </message>
    <message>
        <source>The CID is truncated (no codec).</source>
        <translation>Die CID ist abgeschnitten (kein Codec).</translation>
    </message>
    <message>
        <source>The CID&apos;s codec %1 is not one Modreg reads (raw, dag-pb, dag-cbor, dag-json, libp2p-key).</source>
        <translation>Den Codec %1 der CID liest Modreg nicht (raw, dag-pb, dag-cbor, dag-json, libp2p-key).</translation>
    </message>
    <message>
        <source>The CID is truncated (its multihash is incomplete).</source>
        <translation>Die CID ist abgeschnitten (ihr Multihash ist unvollständig).</translation>
    </message>
    <message>
        <source>The CID uses the hash function %1; Modreg verifies content with sha2-256 (0x12) or identity (0x00) only, so it cannot check what this CID names.</source>
        <translation>Die CID verwendet die Hashfunktion %1; Modreg prüft Inhalte nur mit sha2-256 (0x12) oder identity (0x00) und kann daher nicht prüfen, was diese CID bezeichnet.</translation>
    </message>
    <message>
        <source>A sha2-256 digest is 32 bytes; this CID says %1.</source>
        <translation>Ein sha2-256-Digest hat 32 Byte; diese CID gibt %1 an.</translation>
    </message>
    <message>
        <source>The CID&apos;s inline (identity) data is %1 bytes; Modreg accepts at most %2.</source>
        <translation>Die eingebetteten (identity-)Daten der CID haben %1 Byte; Modreg akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>The CID&apos;s digest should be %1 bytes but %2 follow.</source>
        <translation>Der Digest der CID sollte %1 Byte haben, es folgen aber %2.</translation>
    </message>
    <message>
        <source>The CID is empty.</source>
        <translation>Die CID ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a version 0 CID but is not: %2</source>
        <translation>„%1“ sieht aus wie eine CID der Version 0, ist aber keine: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid version 0 CID.</source>
        <translation>„%1“ ist keine gültige CID der Version 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CID: %2</source>
        <translation>„%1“ ist keine CID: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; wraps a version 0 CID in a multibase prefix, which is not allowed.</source>
        <translation>„%1“ verpackt eine CID der Version 0 in ein Multibase-Präfix; das ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>This text is %1 characters long; a CID has at most %2.</source>
        <translation>Dieser Text ist %1 Zeichen lang; eine CID hat höchstens %2.</translation>
    </message>
</context>
<context>
    <name>DevnetState</name>
    <message>
        <source>No devnet is recorded in %1.</source>
        <translation>In %1 ist kein Devnet vermerkt.</translation>
    </message>
    <message>
        <source>%1 is not a devnet record this version understands.</source>
        <translation>%1 ist kein Devnet-Vermerk, den diese Version versteht.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DevnetTools</name>
    <message>
        <source>Run scripts/setup in the Modreg source folder to install it, or switch Settings to your own IPFS node and chain.</source>
        <translation>Führen Sie scripts/setup im Modreg-Quellordner aus, um es zu installieren, oder stellen Sie in den Einstellungen Ihren eigenen IPFS-Knoten und Ihre eigene Chain ein.</translation>
    </message>
    <message>
        <source>The local devnet needs Node.js (the program &quot;node&quot;), and it is not on the PATH. %1</source>
        <translation>Das lokale Devnet benötigt Node.js (das Programm „node“), das nicht im PATH liegt. %1</translation>
    </message>
    <message>
        <source>The local devnet needs anvil and js-ipfs, and they are not installed in any of: %1. %2</source>
        <translation>Das lokale Devnet benötigt anvil und js-ipfs, die in keinem dieser Ordner installiert sind: %1. %2</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>The IPFS API URL must be an http:// or https:// address, such as http://127.0.0.1:5001.</source>
        <translation>Die IPFS-API-URL muss eine http://- oder https://-Adresse sein, etwa http://127.0.0.1:5001.</translation>
    </message>
    <message>
        <source>The gateway &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>Das Gateway „%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>The chain RPC URL must be an http(s):// or ws(s):// address, such as http://127.0.0.1:8545.</source>
        <translation>Die Chain-RPC-URL muss eine http(s)://- oder ws(s)://-Adresse sein, etwa http://127.0.0.1:8545.</translation>
    </message>
    <message>
        <source>The registry contract address must be 0x followed by 40 hexadecimal digits.</source>
        <translation>Die Adresse des Verzeichnis-Vertrags muss aus 0x und 40 Hexadezimalziffern bestehen.</translation>
    </message>
</context>
<context>
    <name>EthereumKeystoreJson</name>
    <message>
        <source>This is not a JSON file (%1).</source>
        <translation>Das ist keine JSON-Datei (%1).</translation>
    </message>
    <message>
        <source>This is not an Ethereum V3 keystore: its &quot;version&quot; is not 3.</source>
        <translation>Das ist kein Ethereum-V3-Keystore: Seine „version“ ist nicht 3.</translation>
    </message>
    <message>
        <source>The keystore uses the cipher &quot;%1&quot;; Modreg reads aes-128-ctr, the one every Ethereum wallet writes.</source>
        <translation>Der Keystore verwendet die Verschlüsselung „%1“; Modreg liest aes-128-ctr, die jede Ethereum-Wallet schreibt.</translation>
    </message>
    <message>
        <source>The keystore&apos;s iv, ciphertext or mac is missing or has the wrong length.</source>
        <translation>iv, ciphertext oder mac des Keystores fehlt oder hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The keystore&apos;s derived key length (dklen) must be 32.</source>
        <translation>Die abgeleitete Schlüssellänge (dklen) des Keystores muss 32 sein.</translation>
    </message>
    <message>
        <source>The keystore&apos;s PBKDF2 settings are invalid: Modreg reads hmac-sha256 with up to 10 million rounds.</source>
        <translation>Die PBKDF2-Einstellungen des Keystores sind ungültig: Modreg liest hmac-sha256 mit bis zu 10 Millionen Runden.</translation>
    </message>
    <message>
        <source>The keystore uses the key derivation &quot;%1&quot;; Modreg reads scrypt and pbkdf2.</source>
        <translation>Der Keystore verwendet die Schlüsselableitung „%1“; Modreg liest scrypt und pbkdf2.</translation>
    </message>
    <message>
        <source>Not enough memory for the keystore&apos;s scrypt settings.</source>
        <translation>Nicht genug Speicher für die scrypt-Einstellungen des Keystores.</translation>
    </message>
    <message>
        <source>The password is wrong (the keystore&apos;s MAC does not match).</source>
        <translation>Das Passwort ist falsch (der MAC des Keystores stimmt nicht).</translation>
    </message>
    <message>
        <source>The keystore could not be decrypted.</source>
        <translation>Der Keystore konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>The keystore decrypts to something that is not a secp256k1 private key.</source>
        <translation>Der Keystore entschlüsselt zu etwas, das kein privater secp256k1-Schlüssel ist.</translation>
    </message>
    <message>
        <source>The keystore&apos;s key does not belong to the address it names; the file is damaged.</source>
        <translation>Der Schlüssel des Keystores gehört nicht zu der Adresse, die er nennt; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The keystore&apos;s salt is %1 bytes long; a salt is at most 1024.</source>
        <translation>Das Salt des Keystores ist %1 Bytes lang; ein Salt hat höchstens 1024.</translation>
    </message>
    <message>
        <source>The keystore&apos;s scrypt settings (n=%1, r=%2, p=%3) are not valid.</source>
        <translation>Die scrypt-Einstellungen des Keystores (n=%1, r=%2, p=%3) sind ungültig.</translation>
    </message>
    <message>
        <source>The keystore&apos;s scrypt settings (n=%1, r=%2, p=%3) need %4 MiB of memory and %3 passes; Modreg allows at most %5 MiB and %6 passes.</source>
        <translation>Die scrypt-Einstellungen des Keystores (n=%1, r=%2, p=%3) brauchen %4 MiB Speicher und %3 Durchläufe; Modreg erlaubt höchstens %5 MiB und %6 Durchläufe.</translation>
    </message>
</context>
<context>
    <name>HdDerivation</name>
    <message>
        <source>A derivation path starts with &quot;m&quot;, like m/44&apos;/60&apos;/0&apos;/0/0.</source>
        <translation>Ein Ableitungspfad beginnt mit „m“, etwa m/44&apos;/60&apos;/0&apos;/0/0.</translation>
    </message>
    <message>
        <source>Step %1 of the derivation path, &quot;%2&quot;, is not a number below 2^31 (with &apos; for hardened).</source>
        <translation>Schritt %1 des Ableitungspfads, „%2“, ist keine Zahl unter 2^31 (mit &apos; für gehärtet).</translation>
    </message>
    <message>
        <source>This seed gives no valid master key (probability 2^-127).</source>
        <translation>Dieser Seed ergibt keinen gültigen Hauptschlüssel (Wahrscheinlichkeit 2^-127).</translation>
    </message>
    <message>
        <source>Ed25519 keys derive only through hardened steps (written with &apos;), as SLIP-0010 requires.</source>
        <translation>Ed25519-Schlüssel werden nur über gehärtete Schritte (mit &apos; geschrieben) abgeleitet, wie SLIP-0010 es verlangt.</translation>
    </message>
</context>
<context>
    <name>IpfsRepo</name>
    <message>
        <source>Could not read the IPFS configuration %1: %2</source>
        <translation>Die IPFS-Konfiguration %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The IPFS configuration %1 is not valid JSON (%2). Delete the folder %3 to let Modreg create a new devnet IPFS node; content stored only there will be lost.</source>
        <translation>Die IPFS-Konfiguration %1 ist kein gültiges JSON (%2). Löschen Sie den Ordner %3, damit Modreg einen neuen IPFS-Knoten für das Devnet anlegt; nur dort gespeicherte Inhalte gehen dabei verloren.</translation>
    </message>
    <message>
        <source>Could not write the IPFS configuration %1: %2</source>
        <translation>Die IPFS-Konfiguration %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>KeyExport</name>
    <message>
        <source>Unknown export format &quot;%1&quot;; use ethereum-keystore, polkadot-json, solana-keypair, mnemonic or hex.</source>
        <translation>Unbekanntes Exportformat „%1“; verwenden Sie ethereum-keystore, polkadot-json, solana-keypair, mnemonic oder hex.</translation>
    </message>
    <message>
        <source>Ethereum keystore file (V3 JSON, encrypted)</source>
        <translation>Ethereum-Keystore-Datei (V3-JSON, verschlüsselt)</translation>
    </message>
    <message>
        <source>polkadot.js account file (JSON, encrypted)</source>
        <translation>polkadot.js-Kontodatei (JSON, verschlüsselt)</translation>
    </message>
    <message>
        <source>Solana keypair file (not encrypted)</source>
        <translation>Solana-Schlüsselpaardatei (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>Recovery phrase (not encrypted)</source>
        <translation>Wiederherstellungsphrase (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>Private key in hex (not encrypted)</source>
        <translation>Privater Schlüssel in Hex (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>No such key in the unlocked keystore.</source>
        <translation>Diesen Schlüssel gibt es im entsperrten Schlüsselspeicher nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not made from a recovery phrase, so it has none to export.</source>
        <translation>„%1“ wurde nicht aus einer Wiederherstellungsphrase erzeugt und hat daher keine zum Exportieren.</translation>
    </message>
    <message>
        <source>A %1 key cannot be exported as %2.</source>
        <translation>Ein %1-Schlüssel kann nicht als %2 exportiert werden.</translation>
    </message>
    <message>
        <source>Choose a password for the exported file.</source>
        <translation>Wählen Sie ein Passwort für die exportierte Datei.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>KeyIdentity</name>
    <message>
        <source>SS58 address (prefix %1)</source>
        <translation>SS58-Adresse (Präfix %1)</translation>
    </message>
    <message>
        <source>Solana address</source>
        <translation>Solana-Adresse</translation>
    </message>
    <message>
        <source>Ethereum address</source>
        <translation>Ethereum-Adresse</translation>
    </message>
    <message>
        <source>secp256k1 public key</source>
        <translation>Öffentlicher secp256k1-Schlüssel</translation>
    </message>
    <message>
        <source>A hex registry key is an Ethereum address (0x + 40 digits) or a secp256k1 public key (0x + 128 digits); this has %1 digits.</source>
        <translation>Ein Verzeichnisschlüssel in Hex ist eine Ethereum-Adresse (0x + 40 Ziffern) oder ein öffentlicher secp256k1-Schlüssel (0x + 128 Ziffern); dieser hat %1 Ziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry key: not an SS58 address (%2), nor a Solana address, nor 0x-prefixed hex.</source>
        <translation>„%1“ ist kein Verzeichnisschlüssel: keine SS58-Adresse (%2), keine Solana-Adresse und kein Hex mit 0x.</translation>
    </message>
</context>
<context>
    <name>KeyImport</name>
    <message>
        <source>Unknown key source &quot;%1&quot;; use mnemonic, hex, solana-keypair, ethereum-keystore or polkadot-json.</source>
        <translation>Unbekannte Schlüsselquelle „%1“; verwenden Sie mnemonic, hex, solana-keypair, ethereum-keystore oder polkadot-json.</translation>
    </message>
    <message>
        <source>Recovery phrase (BIP39 mnemonic)</source>
        <translation>Wiederherstellungsphrase (BIP39-Mnemonic)</translation>
    </message>
    <message>
        <source>Private key (hex)</source>
        <translation>Privater Schlüssel (Hex)</translation>
    </message>
    <message>
        <source>Solana keypair file (solana-keygen JSON)</source>
        <translation>Solana-Schlüsselpaardatei (solana-keygen-JSON)</translation>
    </message>
    <message>
        <source>Ethereum keystore file (V3 JSON)</source>
        <translation>Ethereum-Keystore-Datei (V3-JSON)</translation>
    </message>
    <message>
        <source>polkadot.js account file (JSON)</source>
        <translation>polkadot.js-Kontodatei (JSON)</translation>
    </message>
    <message>
        <source>Unknown key source.</source>
        <translation>Unbekannte Schlüsselquelle.</translation>
    </message>
    <message>
        <source>This is %1 KiB; a key file is at most %2 KiB.</source>
        <translation>Das sind %1 KiB; eine Schlüsseldatei hat höchstens %2 KiB.</translation>
    </message>
</context>
<context>
    <name>KeyMaker</name>
    <message>
        <source>Unknown derivation scheme.</source>
        <translation>Unbekanntes Ableitungsverfahren.</translation>
    </message>
    <message>
        <source>A private key in hex has only the digits 0-9 and a-f.</source>
        <translation>Ein privater Schlüssel in Hex enthält nur die Ziffern 0-9 und a-f.</translation>
    </message>
    <message>
        <source>A private key is 32 bytes, 64 hex digits; this has %1 digits.</source>
        <translation>Ein privater Schlüssel hat 32 Byte, 64 Hex-Ziffern; dieser hat %1 Ziffern.</translation>
    </message>
    <message>
        <source>A private key is 32 bytes; this one is %1.</source>
        <translation>Ein privater Schlüssel hat 32 Byte; dieser hat %1.</translation>
    </message>
    <message>
        <source>This is not a valid secp256k1 private key: it is zero or not below the curve order.</source>
        <translation>Das ist kein gültiger privater secp256k1-Schlüssel: Er ist null oder nicht kleiner als die Kurvenordnung.</translation>
    </message>
</context>
<context>
    <name>KeystoreFormat</name>
    <message>
        <source>Not enough memory to unlock the keystore (it needs %1 MiB).</source>
        <translation>Nicht genug Speicher, um den Schlüsselspeicher zu entsperren (er braucht %1 MiB).</translation>
    </message>
    <message>
        <source>This file is not a Modreg keystore.</source>
        <translation>Diese Datei ist kein Modreg-Schlüsselspeicher.</translation>
    </message>
    <message>
        <source>The keystore file is only %1 bytes long: it is truncated.</source>
        <translation>Die Schlüsselspeicher-Datei ist nur %1 Byte lang: Sie ist abgeschnitten.</translation>
    </message>
    <message>
        <source>This keystore was written by a newer Modreg (format %1); this version reads format %2. Update Modreg to open it.</source>
        <translation>Dieser Schlüsselspeicher stammt von einem neueren Modreg (Format %1); diese Version liest Format %2. Aktualisieren Sie Modreg, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The keystore&apos;s format number (%1) is not one Modreg ever wrote: the file is damaged.</source>
        <translation>Die Formatnummer des Schlüsselspeichers (%1) hat Modreg nie geschrieben: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The keystore file is truncated.</source>
        <translation>Die Schlüsselspeicher-Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The keystore&apos;s key-derivation settings are not valid: the file is damaged.</source>
        <translation>Die Schlüsselableitungs-Einstellungen des Schlüsselspeichers sind ungültig: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The password is wrong, or the keystore file has been damaged or altered.</source>
        <translation>Das Passwort ist falsch, oder die Schlüsselspeicher-Datei wurde beschädigt oder verändert.</translation>
    </message>
    <message>
        <source>The keystore decrypted, but its contents are not in the expected layout; it may come from a different Modreg build.</source>
        <translation>Der Schlüsselspeicher ließ sich entschlüsseln, aber sein Inhalt hat nicht den erwarteten Aufbau; er stammt vielleicht von einem anderen Modreg-Build.</translation>
    </message>
    <message>
        <source>The keystore asks its key derivation for %1 MiB and %2 passes; Modreg allows at most %3 MiB and %4 passes. The file is damaged, or not one Modreg wrote.</source>
        <translation>Der Schlüsselspeicher verlangt für seine Schlüsselableitung %1 MiB und %2 Durchläufe; Modreg erlaubt höchstens %3 MiB und %4 Durchläufe. Die Datei ist beschädigt oder stammt nicht von Modreg.</translation>
    </message>
</context>
<context>
    <name>MetadataFile</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MetadataSignature</name>
    <message>
        <source>The document names no registry key to sign for.</source>
        <translation>Das Dokument nennt keinen Registry-Schlüssel, für den signiert werden könnte.</translation>
    </message>
    <message>
        <source>There is no such key in the unlocked keystore.</source>
        <translation>Diesen Schlüssel gibt es im entsperrten Schlüsselbund nicht.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not the module&apos;s registry key, so it cannot sign for it.</source>
        <translation>Der Schlüssel „%1“ ist nicht der Registry-Schlüssel des Moduls und kann daher nicht dafür signieren.</translation>
    </message>
    <message>
        <source>The document is not signed.</source>
        <translation>Das Dokument ist nicht signiert.</translation>
    </message>
    <message>
        <source>The document names no registry key.</source>
        <translation>Das Dokument nennt keinen Registry-Schlüssel.</translation>
    </message>
    <message>
        <source>The document is signed by a key other than its registry key.</source>
        <translation>Das Dokument ist mit einem anderen Schlüssel als seinem Registry-Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The signature does not match the document: it was changed after signing, or signed by another key.</source>
        <translation>Die Signatur passt nicht zum Dokument: Es wurde nach dem Signieren geändert oder von einem anderen Schlüssel signiert.</translation>
    </message>
</context>
<context>
    <name>MetadataValidator</name>
    <message>
        <source>holds a string longer than %1 characters.</source>
        <translation>enthält eine Zeichenkette mit mehr als %1 Zeichen.</translation>
    </message>
    <message>
        <source>holds the integer %1, beyond ±2^53; write it as a string.</source>
        <translation>enthält die Ganzzahl %1 jenseits von ±2^53; schreibe sie als Zeichenkette.</translation>
    </message>
    <message>
        <source>has a member name longer than %1 characters.</source>
        <translation>hat einen Mitgliedsnamen mit mehr als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The document is %1 KiB; metadata may be at most %2 KiB.</source>
        <translation>Das Dokument ist %1 KiB groß; Metadaten dürfen höchstens %2 KiB groß sein.</translation>
    </message>
    <message>
        <source>The document nests deeper than %1 levels.</source>
        <translation>Das Dokument ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; appears twice in one object.</source>
        <translation>Der Name „%1“ kommt in einem Objekt zweimal vor.</translation>
    </message>
    <message>
        <source>The document holds more than %1 values.</source>
        <translation>Das Dokument enthält mehr als %1 Werte.</translation>
    </message>
    <message>
        <source>The document is not valid JSON (at byte %1).</source>
        <translation>Das Dokument ist kein gültiges JSON (bei Byte %1).</translation>
    </message>
    <message>
        <source>The document holds a number too large for JSON to carry, such as 1e400; write it as a string.</source>
        <translation>Das Dokument enthält eine Zahl, die für JSON zu groß ist, etwa 1e400; schreiben Sie sie als Zeichenkette.</translation>
    </message>
    <message>
        <source>The document is not valid JSON.</source>
        <translation>Das Dokument ist kein gültiges JSON.</translation>
    </message>
</context>
<context>
    <name>Mnemonic</name>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words, not %1.</source>
        <translation>Eine Wiederherstellungsphrase hat 12, 15, 18, 21 oder 24 Wörter, nicht %1.</translation>
    </message>
    <message>
        <source>The recovery phrase&apos;s checksum does not match: a word is wrong or the words are out of order.</source>
        <translation>Die Prüfsumme der Wiederherstellungsphrase stimmt nicht: Ein Wort ist falsch oder die Reihenfolge stimmt nicht.</translation>
    </message>
    <message>
        <source>Word %1 is not in the BIP39 English word list; check its spelling.</source>
        <translation>Wort %1 steht nicht in der englischen BIP39-Wortliste; prüfen Sie die Schreibweise.</translation>
    </message>
</context>
<context>
    <name>Multibase</name>
    <message>
        <source>The text is empty.</source>
        <translation>Der Text ist leer.</translation>
    </message>
    <message>
        <source>The text after the &apos;%1&apos; prefix is not valid lower-case %2.</source>
        <translation>Der Text nach dem Präfix „%1“ ist kein gültiges kleingeschriebenes %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a multibase prefix Modreg reads (b for base32, k for base36, z for base58btc).</source>
        <translation>„%1“ ist kein Multibase-Präfix, das Modreg liest (b für base32, k für base36, z für base58btc).</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Could not read the password (file descriptor %1).</source>
        <translation>Das Passwort konnte nicht gelesen werden (Dateideskriptor %1).</translation>
    </message>
    <message>
        <source>The password is longer than %1 bytes.</source>
        <translation>Das Passwort ist länger als %1 Byte.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the password on; pass it on a file descriptor, e.g. --password-fd 3 3&lt;password-file.</source>
        <translation>Es gibt kein Terminal, um nach dem Passwort zu fragen; übergeben Sie es über einen Dateideskriptor, z. B. --password-fd 3 3&lt;passwortdatei.</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Wiederholen: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Die beiden Passwörter unterscheiden sich; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>PolkadotAccountJson</name>
    <message>
        <source>This is not a JSON file (%1).</source>
        <translation>Das ist keine JSON-Datei (%1).</translation>
    </message>
    <message>
        <source>This is not a polkadot.js account file (no pkcs8 &quot;encoded&quot; field).</source>
        <translation>Das ist keine polkadot.js-Kontodatei (kein pkcs8-Feld „encoded“).</translation>
    </message>
    <message>
        <source>This polkadot.js account is a %1 key; Modreg imports ed25519 accounts.</source>
        <translation>Dieses polkadot.js-Konto ist ein %1-Schlüssel; Modreg importiert ed25519-Konten.</translation>
    </message>
    <message>
        <source>This polkadot.js account uses an encoding Modreg does not read (it reads version 3, scrypt with xsalsa20-poly1305).</source>
        <translation>Dieses polkadot.js-Konto verwendet eine Kodierung, die Modreg nicht liest (es liest Version 3, scrypt mit xsalsa20-poly1305).</translation>
    </message>
    <message>
        <source>The account&apos;s encrypted data is too short; the file is damaged.</source>
        <translation>Die verschlüsselten Daten des Kontos sind zu kurz; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The account&apos;s scrypt settings are not among those polkadot.js allows; the file is damaged or was tampered with.</source>
        <translation>Die scrypt-Einstellungen des Kontos gehören nicht zu denen, die polkadot.js erlaubt; die Datei ist beschädigt oder manipuliert.</translation>
    </message>
    <message>
        <source>Not enough memory for the account&apos;s scrypt settings.</source>
        <translation>Nicht genug Speicher für die scrypt-Einstellungen des Kontos.</translation>
    </message>
    <message>
        <source>The password is wrong, or the account file is damaged.</source>
        <translation>Das Passwort ist falsch, oder die Kontodatei ist beschädigt.</translation>
    </message>
    <message>
        <source>The account decrypted, but its contents are not in the polkadot.js layout.</source>
        <translation>Das Konto ließ sich entschlüsseln, aber sein Inhalt hat nicht den polkadot.js-Aufbau.</translation>
    </message>
    <message>
        <source>The account&apos;s secret does not belong to its public key; the file is damaged.</source>
        <translation>Das Geheimnis des Kontos gehört nicht zu seinem öffentlichen Schlüssel; die Datei ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>PublishJournal</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReplicaSchema</name>
    <message>
        <source>The replica %1 was written by a newer Modreg (schema %2; this one knows up to %3). Update Modreg, or delete the file to sync again.</source>
        <translation>Die Replik %1 wurde von einem neueren Modreg geschrieben (Schema %2; dieses kennt bis %3). Aktualisieren Sie Modreg oder löschen Sie die Datei, um neu zu synchronisieren.</translation>
    </message>
</context>
<context>
    <name>SolanaKeypairJson</name>
    <message>
        <source>A Solana keypair file is a JSON array of 64 numbers; this is not one.</source>
        <translation>Eine Solana-Schlüsselpaardatei ist ein JSON-Array aus 64 Zahlen; das hier nicht.</translation>
    </message>
    <message>
        <source>A Solana keypair file holds 64 numbers; this one holds %1.</source>
        <translation>Eine Solana-Schlüsselpaardatei enthält 64 Zahlen; diese enthält %1.</translation>
    </message>
    <message>
        <source>Number %1 of the keypair file is not a byte (0 to 255).</source>
        <translation>Zahl %1 der Schlüsselpaardatei ist kein Byte (0 bis 255).</translation>
    </message>
    <message>
        <source>The keypair file&apos;s second half is not the public key of its first half; the file is damaged.</source>
        <translation>Die zweite Hälfte der Schlüsselpaardatei ist nicht der öffentliche Schlüssel der ersten; die Datei ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database %1 refused a query: %2</source>
        <translation>Die Datenbank %1 hat eine Abfrage abgelehnt: %2</translation>
    </message>
    <message>
        <source>The database %1 failed: %2</source>
        <translation>Die Datenbank %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>The disk is full: free some space, then try again.</source>
        <translation>Der Datenträger ist voll: Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check that %1 and its folder exist and that you may write to them.</source>
        <translation>Prüfen Sie, ob %1 und sein Ordner existieren und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a Modreg replica. It holds nothing that cannot be synced again: delete %1 and sync.</source>
        <translation>Die Datei ist beschädigt oder keine Modreg-Replik. Sie enthält nichts, was nicht erneut synchronisiert werden kann: Löschen Sie %1 und synchronisieren Sie.</translation>
    </message>
    <message>
        <source>Another program (perhaps another Modreg) is writing to it: let it finish or close it, then try again.</source>
        <translation>Ein anderes Programm (vielleicht ein anderes Modreg) schreibt gerade hinein: Warten Sie, bis es fertig ist, oder schließen Sie es, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The disk could not be read or written: check the disk, then try again.</source>
        <translation>Der Datenträger konnte nicht gelesen oder beschrieben werden: Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>SubstrateDerivation</name>
    <message>
        <source>&quot;%1&quot; is not a derivation path: write junctions as //hard or /soft, and a password as ///password.</source>
        <translation>„%1“ ist kein Ableitungspfad: Schreiben Sie Schritte als //hart oder /weich und ein Passwort als ///passwort.</translation>
    </message>
    <message>
        <source>Ed25519 keys have no soft derivation; use //name (hard) instead of /name.</source>
        <translation>Ed25519-Schlüssel haben keine weiche Ableitung; verwenden Sie //name (hart) statt /name.</translation>
    </message>
</context>
<context>
    <name>UnixfsImporter</name>
    <message>
        <source>Could not read the file: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The folder %1 has too many entries for a plain UnixFS directory (Kubo and js-ipfs would shard it); Modreg does not build sharded directories yet. Split it into subfolders.</source>
        <translation>Der Ordner %1 hat zu viele Einträge für ein einfaches UnixFS-Verzeichnis (Kubo und js-ipfs würden ihn aufteilen); Modreg erstellt noch keine aufgeteilten Verzeichnisse. Teilen Sie ihn in Unterordner auf.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Modreg does not add links yet.</source>
        <translation>%1 ist ein symbolischer Link; Modreg fügt noch keine Links hinzu.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>modreg::ActiveEndpoints</name>
    <message>
        <source>Your own nodes</source>
        <translation>Eigene Knoten</translation>
    </message>
    <message>
        <source>Local devnet: starting…</source>
        <translation>Lokales Devnet: startet…</translation>
    </message>
    <message>
        <source>Local devnet</source>
        <translation>Lokales Devnet</translation>
    </message>
    <message>
        <source>Local devnet (shared)</source>
        <translation>Lokales Devnet (gemeinsam genutzt)</translation>
    </message>
    <message>
        <source>Local devnet failed to start</source>
        <translation>Lokales Devnet konnte nicht starten</translation>
    </message>
    <message>
        <source>Local devnet: stopped</source>
        <translation>Lokales Devnet: angehalten</translation>
    </message>
</context>
<context>
    <name>modreg::Addresses</name>
    <message>
        <source>Not an SS58 address: %1</source>
        <translation>Keine SS58-Adresse: %1</translation>
    </message>
    <message>
        <source>The SS58 address is empty.</source>
        <translation>Die SS58-Adresse ist leer.</translation>
    </message>
    <message>
        <source>The SS58 address starts with a reserved prefix byte.</source>
        <translation>Die SS58-Adresse beginnt mit einem reservierten Präfix-Byte.</translation>
    </message>
    <message>
        <source>The SS58 address holds %1 bytes; an address of a 32-byte public key holds %2.</source>
        <translation>Die SS58-Adresse enthält %1 Byte; die Adresse eines 32-Byte-Schlüssels enthält %2.</translation>
    </message>
    <message>
        <source>The SS58 address&apos;s checksum does not match: a character is wrong.</source>
        <translation>Die Prüfsumme der SS58-Adresse stimmt nicht: Ein Zeichen ist falsch.</translation>
    </message>
    <message>
        <source>Not a Solana address: %1</source>
        <translation>Keine Solana-Adresse: %1</translation>
    </message>
    <message>
        <source>A Solana address is 32 bytes; this one decodes to %1.</source>
        <translation>Eine Solana-Adresse hat 32 Byte; diese ergibt %1.</translation>
    </message>
    <message>
        <source>An Ethereum address is 0x followed by 40 hexadecimal digits; &quot;%1&quot; is not.</source>
        <translation>Eine Ethereum-Adresse besteht aus 0x und 40 Hexadezimalziffern; „%1“ nicht.</translation>
    </message>
    <message>
        <source>The Ethereum address&apos;s EIP-55 checksum (its mix of upper and lower case) does not match: a character is wrong.</source>
        <translation>Die EIP-55-Prüfsumme der Ethereum-Adresse (ihre Groß- und Kleinschreibung) stimmt nicht: Ein Zeichen ist falsch.</translation>
    </message>
</context>
<context>
    <name>modreg::BackgroundSearch</name>
    <message>
        <source>There is no local replica at %1 yet; it is made when Modreg first syncs the registry.</source>
        <translation>Unter %1 gibt es noch kein lokales Replikat; es entsteht, wenn Modreg die Registry zum ersten Mal synchronisiert.</translation>
    </message>
</context>
<context>
    <name>modreg::CarBlockSpool</name>
    <message>
        <source>Could not create a temporary file for the download: %1</source>
        <translation>Konnte keine temporäre Datei für den Download anlegen: %1</translation>
    </message>
    <message>
        <source>Could not write the download to a temporary file: %1</source>
        <translation>Konnte den Download nicht in eine temporäre Datei schreiben: %1</translation>
    </message>
    <message>
        <source>The CAR from %1 lacks the block %2, which the content needs.</source>
        <translation>Dem CAR von %1 fehlt der Block %2, den der Inhalt braucht.</translation>
    </message>
    <message>
        <source>Could not read back the download: %1</source>
        <translation>Konnte den Download nicht wieder lesen: %1</translation>
    </message>
    <message>
        <source>The CAR from %1 holds more than %2 blocks; Modreg stops reading it there.</source>
        <translation>Das CAR von %1 enthält mehr als %2 Blöcke; Modreg hört dort auf, es zu lesen.</translation>
    </message>
    <message>
        <source>The CAR from %1 holds more than the limit of %2 bytes.</source>
        <translation>Das CAR von %1 enthält mehr als die Grenze von %2 Bytes.</translation>
    </message>
</context>
<context>
    <name>modreg::CidHash</name>
    <message>
        <source>Could not set up the replica&apos;s CID index: %1</source>
        <translation>Der CID-Index des Replikats konnte nicht eingerichtet werden: %1</translation>
    </message>
</context>
<context>
    <name>modreg::Devnet</name>
    <message>
        <source> The last answer was: %1</source>
        <translation> Die letzte Antwort war: %1</translation>
    </message>
    <message>
        <source>The devnet did not answer within %1 s.%2 The nodes&apos; logs are in %3.</source>
        <translation>Das Devnet hat nicht innerhalb von %1 s geantwortet.%2 Die Protokolle der Knoten liegen in %3.</translation>
    </message>
    <message>
        <source>Using the devnet that process %1 runs.</source>
        <translation>Verwende das Devnet, das Prozess %1 betreibt.</translation>
    </message>
    <message>
        <source>Stopped devnet processes left behind by a run that did not shut down cleanly (pid %1).</source>
        <translation>Devnet-Prozesse eines nicht sauber beendeten Laufs wurden angehalten (PID %1).</translation>
    </message>
    <message>
        <source>Creating the devnet&apos;s IPFS repository…</source>
        <translation>Das IPFS-Repository des Devnets wird angelegt…</translation>
    </message>
    <message>
        <source>Could not create the devnet&apos;s IPFS repository (&quot;jsipfs init&quot; exited with code %1): %2</source>
        <translation>Das IPFS-Repository des Devnets konnte nicht angelegt werden („jsipfs init“ endete mit Code %1): %2</translation>
    </message>
    <message>
        <source>Could not move the new IPFS repository into %1.</source>
        <translation>Das neue IPFS-Repository konnte nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Could not run Node.js (%1): %2</source>
        <translation>Node.js (%1) konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>The chain state file was damaged; restored the copy from the last start. The damaged file is kept as %1.</source>
        <translation>Die Zustandsdatei der Chain war beschädigt; die Kopie vom letzten Start wurde wiederhergestellt. Die beschädigte Datei liegt unter %1.</translation>
    </message>
    <message>
        <source>The chain state file was damaged and there is no usable backup. It was moved to %1; starting again begins a new, empty chain.</source>
        <translation>Die Zustandsdatei der Chain ist beschädigt und es gibt keine brauchbare Sicherung. Sie wurde nach %1 verschoben; ein neuer Start beginnt eine neue, leere Chain.</translation>
    </message>
    <message>
        <source>The chain node (anvil)</source>
        <translation>Der Chain-Knoten (anvil)</translation>
    </message>
    <message>
        <source>The IPFS node (js-ipfs)</source>
        <translation>Der IPFS-Knoten (js-ipfs)</translation>
    </message>
    <message>
        <source>Starting the chain node and the IPFS node…</source>
        <translation>Chain-Knoten und IPFS-Knoten werden gestartet…</translation>
    </message>
    <message>
        <source>The chain node at %1 reports chain id %2, not the devnet&apos;s %3.</source>
        <translation>Der Chain-Knoten unter %1 meldet die Chain-ID %2 statt der des Devnets (%3).</translation>
    </message>
    <message>
        <source>The devnet is ready: chain at %1, IPFS API at %2.</source>
        <translation>Das Devnet ist bereit: Chain unter %1, IPFS-API unter %2.</translation>
    </message>
    <message>
        <source>No devnet is running from %1.</source>
        <translation>Aus %1 läuft kein Devnet.</translation>
    </message>
    <message>
        <source>Process %1, which runs the devnet, did not stop.</source>
        <translation>Prozess %1, der das Devnet betreibt, hat nicht angehalten.</translation>
    </message>
    <message>
        <source>The recorded devnet was no longer running.</source>
        <translation>Das vermerkte Devnet lief nicht mehr.</translation>
    </message>
    <message>
        <source>Stopped the devnet (pid %1).</source>
        <translation>Devnet angehalten (PID %1).</translation>
    </message>
    <message>
        <source>Checking the registry contract on the devnet chain…</source>
        <translation>Prüfe den Registry-Vertrag auf der Devnet-Chain…</translation>
    </message>
    <message>
        <source>Deployed the registry contract at %1.</source>
        <translation>Registry-Vertrag unter %1 bereitgestellt.</translation>
    </message>
    <message>
        <source>The devnet is not running.</source>
        <translation>Das Devnet läuft nicht.</translation>
    </message>
</context>
<context>
    <name>modreg::DevnetNode</name>
    <message>
        <source>%1 could not be started (%2): %3</source>
        <translation>%1 konnte nicht gestartet werden (%2): %3</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>%1 %2. Its last output (%3):
%4</source>
        <translation>%1 %2. Seine letzte Ausgabe (%3):
%4</translation>
    </message>
</context>
<context>
    <name>modreg::DevnetRegistry</name>
    <message>
        <source>The devnet chain has no unlocked dev account.</source>
        <translation>Die Devnet-Chain hat kein entsperrtes Entwicklerkonto.</translation>
    </message>
    <message>
        <source>Could not deploy the registry contract on the devnet: %1</source>
        <translation>Der Registry-Vertrag konnte im Devnet nicht bereitgestellt werden: %1</translation>
    </message>
    <message>
        <source>The registry contract&apos;s deployment failed on the devnet.</source>
        <translation>Die Bereitstellung des Registry-Vertrags im Devnet ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The devnet chain did not mine the transaction %1.</source>
        <translation>Die Devnet-Chain hat die Transaktion %1 nicht gemined.</translation>
    </message>
    <message>
        <source>Could not fund %1 on the devnet: %2</source>
        <translation>%1 konnte im Devnet nicht aufgeladen werden: %2</translation>
    </message>
</context>
<context>
    <name>modreg::DiskExport</name>
    <message>
        <source>%1 is an existing folder; choose a path that does not exist yet.</source>
        <translation>%1 ist ein vorhandener Ordner; wählen Sie einen Pfad, der noch nicht existiert.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not create a folder beside %1: %2</source>
        <translation>Konnte neben %1 keinen Ordner anlegen: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Konnte den Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Konnte %1 nicht anlegen: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Konnte %1 nicht schreiben.</translation>
    </message>
    <message>
        <source>Could not move the download to %1.</source>
        <translation>Konnte den Download nicht nach %1 verschieben.</translation>
    </message>
</context>
<context>
    <name>modreg::IpfsPath</name>
    <message>
        <source>No CID given.</source>
        <translation>Keine CID angegeben.</translation>
    </message>
    <message>
        <source>A path inside a CID cannot contain &quot;.&quot; or &quot;..&quot;.</source>
        <translation>Ein Pfad innerhalb einer CID darf weder „.“ noch „..“ enthalten.</translation>
    </message>
    <message>
        <source>A path inside a CID cannot contain control characters.</source>
        <translation>Ein Pfad innerhalb einer CID darf keine Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>modreg::IpfsRpcClient</name>
    <message>
        <source>The IPFS node answered, but its reply has no peer ID; is this really an IPFS RPC API?</source>
        <translation>Der IPFS-Knoten hat geantwortet, aber ohne Peer-ID – ist das wirklich eine IPFS-RPC-API?</translation>
    </message>
    <message>
        <source>The IPFS node&apos;s repo/stat reply has no RepoSize.</source>
        <translation>Die repo/stat-Antwort des IPFS-Knotens enthält keine RepoSize.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Modreg does not add links yet.</source>
        <translation>%1 ist ein symbolischer Link; Modreg fügt noch keine Links hinzu.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>The IPFS node could not add the content: %1</source>
        <translation>Der IPFS-Knoten konnte den Inhalt nicht hinzufügen: %1</translation>
    </message>
    <message>
        <source>The IPFS node&apos;s answer to add names no CID.</source>
        <translation>Die Antwort des IPFS-Knotens auf add nennt keine CID.</translation>
    </message>
    <message>
        <source>The IPFS node answered, but its reply has no version; is this really an IPFS RPC API?</source>
        <translation>Der IPFS-Knoten hat geantwortet, aber ohne Version; ist das wirklich eine IPFS-RPC-API?</translation>
    </message>
    <message>
        <source>The IPFS node&apos;s answer to add holds an invalid CID: %1</source>
        <translation>Die Antwort des IPFS-Knotens auf „add“ enthält eine ungültige CID: %1</translation>
    </message>
    <message>
        <source>The IPFS node&apos;s answer to add does not name %1; it may have stopped before the end.</source>
        <translation>Die Antwort des IPFS-Knotens auf add nennt %1 nicht; er hat vielleicht vor dem Ende aufgehört.</translation>
    </message>
    <message>
        <source>The IPFS node&apos;s block/stat reply has no size.</source>
        <translation>Die block/stat-Antwort des IPFS-Knotens nennt keine Größe.</translation>
    </message>
</context>
<context>
    <name>modreg::KeyEntry</name>
    <message>
        <source>Random key, no recovery phrase</source>
        <translation>Zufälliger Schlüssel, keine Wiederherstellungsphrase</translation>
    </message>
    <message>
        <source>Recovery phrase, Ethereum path %1</source>
        <translation>Wiederherstellungsphrase, Ethereum-Pfad %1</translation>
    </message>
    <message>
        <source>Recovery phrase, Solana path %1</source>
        <translation>Wiederherstellungsphrase, Solana-Pfad %1</translation>
    </message>
    <message>
        <source>Recovery phrase, Substrate (no derivation path)</source>
        <translation>Wiederherstellungsphrase, Substrate (kein Ableitungspfad)</translation>
    </message>
    <message>
        <source>Recovery phrase, Substrate path %1</source>
        <translation>Wiederherstellungsphrase, Substrate-Pfad %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>modreg::Keystore</name>
    <message>
        <source>A keystore already exists at %1.</source>
        <translation>Unter %1 gibt es bereits einen Schlüsselspeicher.</translation>
    </message>
    <message>
        <source>Choose a password to protect the keystore.</source>
        <translation>Wählen Sie ein Passwort zum Schutz des Schlüsselspeichers.</translation>
    </message>
    <message>
        <source>Could not open the keystore %1: %2</source>
        <translation>Der Schlüsselspeicher %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Unlock the keystore first.</source>
        <translation>Entsperren Sie zuerst den Schlüsselspeicher.</translation>
    </message>
    <message>
        <source>The new password is empty.</source>
        <translation>Das neue Passwort ist leer.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>An ed25519 secret key is 32 bytes.</source>
        <translation>Ein geheimer ed25519-Schlüssel hat 32 Byte.</translation>
    </message>
    <message>
        <source>This is not a valid secp256k1 secret key (32 bytes, below the curve order).</source>
        <translation>Das ist kein gültiger geheimer secp256k1-Schlüssel (32 Byte, unter der Kurvenordnung).</translation>
    </message>
    <message>
        <source>This key is already in the keystore as &quot;%1&quot;.</source>
        <translation>Dieser Schlüssel ist bereits als „%1“ im Schlüsselspeicher.</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>No such key in the unlocked keystore.</source>
        <translation>Diesen Schlüssel gibt es im entsperrten Schlüsselspeicher nicht.</translation>
    </message>
    <message>
        <source>A key needs a name.</source>
        <translation>Ein Schlüssel braucht einen Namen.</translation>
    </message>
    <message>
        <source>The keystore is locked.</source>
        <translation>Der Schlüsselspeicher ist gesperrt.</translation>
    </message>
    <message>
        <source>No such key in the keystore.</source>
        <translation>Diesen Schlüssel gibt es im Schlüsselspeicher nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a secp256k1 key; it cannot make ed25519 signatures.</source>
        <translation>„%1“ ist ein secp256k1-Schlüssel; er kann keine ed25519-Signaturen erzeugen.</translation>
    </message>
    <message>
        <source>secp256k1 signs a 32-byte hash; this is %1 bytes.</source>
        <translation>secp256k1 signiert einen 32-Byte-Hash; dieser hat %1 Byte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an ed25519 key; it cannot make secp256k1 signatures.</source>
        <translation>„%1“ ist ein ed25519-Schlüssel; er kann keine secp256k1-Signaturen erzeugen.</translation>
    </message>
    <message>
        <source>Could not keep a backup of the keystore at %1; nothing was changed.</source>
        <translation>Unter %1 konnte keine Sicherung des Schlüsselspeichers angelegt werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not write the keystore %1: %2. The previous keystore is unchanged.</source>
        <translation>Der Schlüsselspeicher %1 konnte nicht geschrieben werden: %2. Der bisherige Schlüsselspeicher ist unverändert.</translation>
    </message>
    <message>
        <source>There is no key &quot;%1&quot; in the unlocked keystore.</source>
        <translation>Im entsperrten Schlüsselspeicher gibt es keinen Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an Ed25519 key; Ethereum transactions need a secp256k1 key.</source>
        <translation>„%1“ ist ein Ed25519-Schlüssel; Ethereum-Transaktionen brauchen einen secp256k1-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>modreg::LoopbackPorts</name>
    <message>
        <source>No free TCP port on 127.0.0.1 for the devnet: %1</source>
        <translation>Kein freier TCP-Port auf 127.0.0.1 für das Devnet: %1</translation>
    </message>
</context>
<context>
    <name>modreg::MemoryExport</name>
    <message>
        <source>This CID names a folder, not a file.</source>
        <translation>Diese CID bezeichnet einen Ordner, keine Datei.</translation>
    </message>
</context>
<context>
    <name>modreg::PhraseMatches</name>
    <message>
        <source>Could not set up the search of phrases: %1</source>
        <translation>Die Suche nach Wortfolgen ließ sich nicht einrichten: %1</translation>
    </message>
    <message>
        <source>This SQLite has no full-text search (FTS5), which Modreg needs to search. Install an SQLite built with FTS5 (Debian&apos;s libsqlite3-0 is).</source>
        <translation>Diesem SQLite fehlt die Volltextsuche (FTS5), die Modreg für die Suche braucht. Installieren Sie ein SQLite mit FTS5 (Debians libsqlite3-0 hat sie).</translation>
    </message>
</context>
<context>
    <name>modreg::Publisher</name>
    <message>
        <source>Check the module, the keys and the registry</source>
        <translation>Modul, Schlüssel und Registry prüfen</translation>
    </message>
    <message>
        <source>Compute the content&apos;s CID</source>
        <translation>Die CID des Inhalts berechnen</translation>
    </message>
    <message>
        <source>Add the content to IPFS</source>
        <translation>Den Inhalt zu IPFS hinzufügen</translation>
    </message>
    <message>
        <source>Sign the metadata and add it to IPFS</source>
        <translation>Die Metadaten signieren und zu IPFS hinzufügen</translation>
    </message>
    <message>
        <source>Read the registry&apos;s entry for the key</source>
        <translation>Den Eintrag der Registry für den Schlüssel lesen</translation>
    </message>
    <message>
        <source>Send the transaction</source>
        <translation>Die Transaktion senden</translation>
    </message>
    <message>
        <source>Wait for the transaction to be in a block</source>
        <translation>Warten, bis die Transaktion in einem Block ist</translation>
    </message>
    <message>
        <source>The module key is not in the keystore.</source>
        <translation>Der Modulschlüssel ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keystore is locked; unlock it to sign with the module key.</source>
        <translation>Der Schlüsselbund ist gesperrt; entsperre ihn, um mit dem Modulschlüssel zu signieren.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an Ed25519 key; its registry key is its public key.</source>
        <translation>„%1“ ist ein Ed25519-Schlüssel; sein Registry-Schlüssel ist sein öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a secp256k1 key; its registry key is its Ethereum address or its public key.</source>
        <translation>„%1“ ist ein secp256k1-Schlüssel; sein Registry-Schlüssel ist seine Ethereum-Adresse oder sein öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was sent to the registry.</source>
        <translation>Abgebrochen. An die Registry wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Cancelled while waiting for the chain. The transaction %1 was sent and may still be mined; publishing again picks it up instead of sending another.</source>
        <translation>Abgebrochen beim Warten auf die Chain. Die Transaktion %1 wurde gesendet und kann noch in einen Block kommen; erneutes Veröffentlichen greift sie auf, statt eine weitere zu senden.</translation>
    </message>
    <message>
        <source>The metadata needs fixing: %1</source>
        <translation>Die Metadaten müssen korrigiert werden: %1</translation>
    </message>
    <message>
        <source>The content %1 does not exist.</source>
        <translation>Der Inhalt %1 existiert nicht.</translation>
    </message>
    <message>
        <source>This key is registered by %1, not by your account %2; only its owner can change it. Nothing was spent. Choose another module key.</source>
        <translation>Dieser Schlüssel ist von %1 registriert, nicht von Ihrem Konto %2; nur sein Besitzer kann ihn ändern. Nichts wurde ausgegeben. Wählen Sie einen anderen Modulschlüssel.</translation>
    </message>
    <message>
        <source>No module is registered under this key.</source>
        <translation>Unter diesem Schlüssel ist kein Modul registriert.</translation>
    </message>
    <message>
        <source>You own this key; this is a new version.</source>
        <translation>Der Schlüssel gehört dir; das ist eine neue Version.</translation>
    </message>
    <message>
        <source>The key is new to the registry.</source>
        <translation>Der Schlüssel ist neu in der Registry.</translation>
    </message>
    <message>
        <source>Already in IPFS, pinned; nothing to upload.</source>
        <translation>Schon in IPFS, gepinnt; nichts hochzuladen.</translation>
    </message>
    <message>
        <source>The IPFS node stored the content as %1, but it is %2. The node did not store what was sent; nothing was registered.</source>
        <translation>Der IPFS-Knoten hat den Inhalt als %1 gespeichert, er ist aber %2. Der Knoten hat nicht gespeichert, was gesendet wurde; nichts wurde registriert.</translation>
    </message>
    <message>
        <source>Added and pinned.</source>
        <translation>Hinzugefügt und gepinnt.</translation>
    </message>
    <message>
        <source>The IPFS node stored the metadata as %1, but it is %2.</source>
        <translation>Der IPFS-Knoten hat die Metadaten als %1 gespeichert, sie sind aber %2.</translation>
    </message>
    <message>
        <source>This key was registered by %1 in the meantime; only its owner can change it.</source>
        <translation>Dieser Schlüssel wurde inzwischen von %1 registriert; nur sein Besitzer kann ihn ändern.</translation>
    </message>
    <message>
        <source>The registry already points at this metadata.</source>
        <translation>Die Registry verweist bereits auf diese Metadaten.</translation>
    </message>
    <message>
        <source>A new version: update.</source>
        <translation>Eine neue Version: aktualisieren.</translation>
    </message>
    <message>
        <source>A new key: register.</source>
        <translation>Ein neuer Schlüssel: registrieren.</translation>
    </message>
    <message>
        <source>Nothing is registered under the key.</source>
        <translation>Unter dem Schlüssel ist nichts registriert.</translation>
    </message>
    <message>
        <source>%1 owns the key already.</source>
        <translation>%1 besitzt den Schlüssel bereits.</translation>
    </message>
    <message>
        <source>Only %1 may change this module, not %2.</source>
        <translation>Nur %1 darf dieses Modul ändern, nicht %2.</translation>
    </message>
    <message>
        <source>You own the key.</source>
        <translation>Der Schlüssel gehört dir.</translation>
    </message>
    <message>
        <source>In block %1.</source>
        <translation>In Block %1.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Another transaction of the account %1 was mined in place of this one. Publish again to send it anew.</source>
        <translation>Eine andere Transaktion des Kontos %1 wurde an Stelle dieser aufgenommen. Veröffentlichen Sie erneut, um sie neu zu senden.</translation>
    </message>
</context>
<context>
    <name>modreg::Registry</name>
    <message>
        <source>The key is %1 bytes; the registry accepts 20 (Ethereum address), 32 (Ed25519 public key) or 64 (secp256k1 public key).</source>
        <translation>Der Schlüssel ist %1 Bytes lang; die Registry nimmt 20 (Ethereum-Adresse), 32 (öffentlicher Ed25519-Schlüssel) oder 64 (öffentlicher secp256k1-Schlüssel).</translation>
    </message>
    <message>
        <source>The CID is empty.</source>
        <translation>Die CID ist leer.</translation>
    </message>
    <message>
        <source>The CID is %1 bytes; the registry accepts at most 128.</source>
        <translation>Die CID ist %1 Bytes lang; die Registry nimmt höchstens 128.</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Übertragen</translation>
    </message>
</context>
<context>
    <name>modreg::ReplicaSearch</name>
    <message>
        <source>Could not set up the replica&apos;s search: %1</source>
        <translation>Die Suche im Replikat konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>The replica&apos;s search is not set up.</source>
        <translation>Die Suche im Replikat ist nicht eingerichtet.</translation>
    </message>
</context>
<context>
    <name>modreg::ReplicaWriter</name>
    <message>
        <source>The metadata is signed for the key %1, not for this module&apos;s key.</source>
        <translation>Die Metadaten sind für den Schlüssel %1 signiert, nicht für den Schlüssel dieses Moduls.</translation>
    </message>
</context>
<context>
    <name>modreg::SearchTokenizer</name>
    <message>
        <source>This SQLite has no FTS5 unicode61 tokenizer, so search cannot read words. Install an SQLite built with FTS5 (Debian&apos;s libsqlite3-0 is).</source>
        <translation>Diesem SQLite fehlt der FTS5-Tokenizer unicode61, daher kann die Suche keine Wörter lesen. Installieren Sie ein SQLite mit FTS5 (Debians libsqlite3-0 hat ihn).</translation>
    </message>
</context>
<context>
    <name>modreg::Services</name>
    <message>
        <source>The local devnet is not running. Start it with &quot;modreg devnet up --detach&quot; (or open the Modreg app), or choose your own nodes in the app&apos;s Settings.</source>
        <translation>Das lokale Devnet läuft nicht. Starten Sie es mit „modreg devnet up --detach“ (oder öffnen Sie die Modreg-App), oder wählen Sie in den Einstellungen der App Ihre eigenen Knoten.</translation>
    </message>
    <message>
        <source>No registry is set up yet. Start the devnet (modreg devnet up --detach) or set a registry contract in the app&apos;s Settings, then run &quot;modreg sync&quot;.</source>
        <translation>Noch ist keine Registry eingerichtet. Starten Sie das Devnet (modreg devnet up --detach) oder legen Sie in den Einstellungen der App einen Registry-Vertrag fest, und führen Sie dann „modreg sync“ aus.</translation>
    </message>
    <message>
        <source>The IPFS node and the chain node are not set up yet.</source>
        <translation>Der IPFS-Knoten und der Chain-Knoten sind noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>No registry contract is configured; set its address in the app&apos;s Settings.</source>
        <translation>Es ist kein Registry-Vertrag konfiguriert; legen Sie seine Adresse in den Einstellungen der App fest.</translation>
    </message>
    <message>
        <source>Modreg is upgrading your local replica to this version&apos;s format. This happens once, and can take a minute for a large registry.</source>
        <translation>Modreg bringt Ihr lokales Replikat auf das Format dieser Version. Das geschieht einmal und kann bei einer großen Registry eine Minute dauern.</translation>
    </message>
</context>
<context>
    <name>modreg::StoredModule</name>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>noch nicht abgerufen</translation>
    </message>
</context>
<context>
    <name>modreg::Syncer</name>
    <message>
        <source>The registry entry&apos;s metadata CID is not a CID: %1</source>
        <translation>Die Metadaten-CID des Registry-Eintrags ist keine CID: %1</translation>
    </message>
    <message>
        <source>The metadata is not a usable JSON document: %1</source>
        <translation>Die Metadaten sind kein brauchbares JSON-Dokument: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The metadata breaks the format: %1</source>
        <translation>Die Metadaten verletzen das Format: %1</translation>
    </message>
    <message>
        <source>The metadata&apos;s signature does not hold: %1</source>
        <translation>Die Signatur der Metadaten hält nicht: %1</translation>
    </message>
    <message>
        <source>Modreg could not read the metadata (%1).</source>
        <translation>Modreg konnte die Metadaten nicht lesen (%1).</translation>
    </message>
    <message>
        <source>The metadata CID names content that is not a metadata document: %1</source>
        <translation>Die Metadaten-CID bezeichnet Inhalt, der kein Metadatendokument ist: %1</translation>
    </message>
</context>
<context>
    <name>modreg::UnixfsExporter</name>
    <message>
        <source>The file&apos;s parts add up to %1 bytes, but it declares %2 bytes; its DAG is inconsistent.</source>
        <translation>Die Teile der Datei ergeben %1 Bytes, sie gibt aber %2 Bytes an; ihr DAG ist widersprüchlich.</translation>
    </message>
    <message>
        <source>%1 is a %2 block, not a UnixFS file or folder; Modreg fetches files and folders.</source>
        <translation>%1 ist ein %2-Block, keine UnixFS-Datei und kein Ordner; Modreg lädt Dateien und Ordner.</translation>
    </message>
    <message>
        <source>The block sent for %1 does not match that CID; the data was changed or corrupted.</source>
        <translation>Der für %1 gesendete Block passt nicht zu dieser CID; die Daten wurden verändert oder beschädigt.</translation>
    </message>
    <message>
        <source>The content is larger than the limit of %1 bytes.</source>
        <translation>Der Inhalt ist größer als die Grenze von %1 Bytes.</translation>
    </message>
    <message>
        <source>The content is nested deeper than %1 levels.</source>
        <translation>Der Inhalt ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>It is a file, not a folder.</source>
        <translation>Es ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot look up &quot;%1&quot; in %2: %3</source>
        <translation>Kann „%1“ in %2 nicht nachschlagen: %3</translation>
    </message>
    <message>
        <source>it is not a folder.</source>
        <translation>es ist kein Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 has no entry named &quot;%2&quot;.</source>
        <translation>Der Ordner %1 hat keinen Eintrag namens „%2“.</translation>
    </message>
    <message>
        <source>%1 is not a valid UnixFS node: %2</source>
        <translation>%1 ist kein gültiger UnixFS-Knoten: %2</translation>
    </message>
    <message>
        <source>The folder holds an entry named &quot;%1&quot;, which could write outside the folder you chose; refusing it.</source>
        <translation>Der Ordner enthält einen Eintrag namens „%1“, der außerhalb des gewählten Ordners schreiben könnte; er wird abgelehnt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link; Modreg does not export links.</source>
        <translation>„%1“ ist ein symbolischer Link; Modreg exportiert keine Links.</translation>
    </message>
    <message>
        <source>%1 is a sharded (HAMT) folder, which Modreg cannot read yet.</source>
        <translation>%1 ist ein aufgeteilter (HAMT-)Ordner, den Modreg noch nicht lesen kann.</translation>
    </message>
    <message>
        <source>%1 is a UnixFS node of a kind Modreg does not export.</source>
        <translation>%1 ist ein UnixFS-Knoten einer Art, die Modreg nicht exportiert.</translation>
    </message>
    <message>
        <source>A part of the file, %1, is malformed: %2</source>
        <translation>Ein Teil der Datei, %1, ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>A part of the file, %1, is not file data.</source>
        <translation>Ein Teil der Datei, %1, sind keine Dateidaten.</translation>
    </message>
    <message>
        <source>The file node %1 lists %2 block sizes for %3 links.</source>
        <translation>Der Dateiknoten %1 nennt %2 Blockgrößen für %3 Verweise.</translation>
    </message>
    <message>
        <source>The content has more than %1 entries and file parts waiting to be fetched at once; Modreg stops there.</source>
        <translation>Der Inhalt hat mehr als %1 Einträge und Dateiteile, die gleichzeitig auf das Laden warten; Modreg hört dort auf.</translation>
    </message>
    <message>
        <source>The file&apos;s parts hold more than the %1 bytes it declares; its DAG is inconsistent.</source>
        <translation>Die Teile der Datei enthalten mehr als die %1 Bytes, die sie angibt; ihr DAG ist widersprüchlich.</translation>
    </message>
</context>
<context>
    <name>modreg::VerifiedFetcher</name>
    <message>
        <source>No IPFS node or gateway is set up to fetch from.</source>
        <translation>Es ist kein IPFS-Knoten und kein Gateway zum Laden eingerichtet.</translation>
    </message>
    <message>
        <source>IPFS node %1</source>
        <translation>IPFS-Knoten %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>Gateway %1</translation>
    </message>
    <message>
        <source>No source delivered %1 intact:
• %2</source>
        <translation>Keine Quelle hat %1 unversehrt geliefert:
• %2</translation>
    </message>
    <message>
        <source>The CAR from %1 holds %2 blocks that the content does not use.</source>
        <translation>Das CAR von %1 enthält %2 Blöcke, die der Inhalt nicht verwendet.</translation>
    </message>
    <message>
        <source>The CAR from %1 is for %2, not for the requested %3.</source>
        <translation>Das CAR von %1 gehört zu %2, nicht zum angefragten %3.</translation>
    </message>
    <message>
        <source>no root</source>
        <translation>keine Wurzel</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of a CAR.</source>
        <translation>%1 antwortete mit %2 statt mit einem CAR.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>keinem Inhaltstyp</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>modreg::base58</name>
    <message>
        <source>&quot;%1&quot; at position %2 is not a base58 character (base58 has no 0, O, I or l).</source>
        <translation>„%1“ an Position %2 ist kein Base58-Zeichen (Base58 kennt kein 0, O, I oder l).</translation>
    </message>
</context>
<context>
    <name>modreg::car</name>
    <message>
        <source>The CAR header is not a valid dag-cbor map.</source>
        <translation>Der CAR-Kopf ist keine gültige dag-cbor-Map.</translation>
    </message>
    <message>
        <source>A root in the CAR header is not a CID link.</source>
        <translation>Eine Wurzel im CAR-Kopf ist kein CID-Verweis.</translation>
    </message>
    <message>
        <source>A root in the CAR header is not a valid CID: %1</source>
        <translation>Eine Wurzel im CAR-Kopf ist keine gültige CID: %1</translation>
    </message>
    <message>
        <source>This is a CAR of version %1; Modreg reads version 1, which gateways send when asked for application/vnd.ipld.car; version=1.</source>
        <translation>Dies ist ein CAR der Version %1; Modreg liest Version 1, die Gateways auf Anfrage nach application/vnd.ipld.car; version=1 senden.</translation>
    </message>
    <message>
        <source>The CAR header has no version.</source>
        <translation>Der CAR-Kopf hat keine Version.</translation>
    </message>
    <message>
        <source>Could not write the CAR: %1</source>
        <translation>Konnte das CAR nicht schreiben: %1</translation>
    </message>
    <message>
        <source>The CAR&apos;s new roots do not fit the space its header left for them.</source>
        <translation>Die neuen Wurzeln des CAR passen nicht in den Platz, den sein Kopf dafür lässt.</translation>
    </message>
    <message>
        <source>Could not go back to the CAR&apos;s header: %1</source>
        <translation>Konnte nicht zum Kopf des CAR zurückspringen: %1</translation>
    </message>
    <message>
        <source>The CAR is malformed: a length prefix is not a valid varint.</source>
        <translation>Das CAR ist fehlerhaft: ein Längenpräfix ist kein gültiger Varint.</translation>
    </message>
    <message>
        <source>The CAR has a section of %1 bytes; blocks are at most %2 bytes.</source>
        <translation>Das CAR hat einen Abschnitt von %1 Bytes; Blöcke haben höchstens %2 Bytes.</translation>
    </message>
    <message>
        <source>The CAR header is %1 bytes long, which is not plausible.</source>
        <translation>Der CAR-Kopf ist %1 Bytes lang, das ist nicht plausibel.</translation>
    </message>
    <message>
        <source>A section of the CAR does not start with a valid CID: %1</source>
        <translation>Ein Abschnitt des CAR beginnt nicht mit einer gültigen CID: %1</translation>
    </message>
    <message>
        <source>The CAR&apos;s block for %1 does not match that CID: its bytes are not what the CID names.</source>
        <translation>Der Block des CAR für %1 passt nicht zu dieser CID: seine Bytes sind nicht das, was die CID bezeichnet.</translation>
    </message>
    <message>
        <source>The CAR ended before its header was complete.</source>
        <translation>Das CAR endete, bevor sein Kopf vollständig war.</translation>
    </message>
    <message>
        <source>The CAR ended in the middle of a block (%1 bytes left over): the response was cut short.</source>
        <translation>Das CAR endete mitten in einem Block (%1 Bytes übrig): die Antwort wurde abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>modreg::cli::ChainCommand</name>
    <message>
        <source>Chain node:  %1 (%2)</source>
        <translation>Chain-Knoten: %1 (%2)</translation>
    </message>
    <message>
        <source>Chain id:    %1%2</source>
        <translation>Chain-ID:     %1%2</translation>
    </message>
    <message>
        <source> (local devnet)</source>
        <translation> (lokales Devnet)</translation>
    </message>
    <message>
        <source>Head:        block %1, %2</source>
        <translation>Spitze:       Block %1, %2</translation>
    </message>
    <message>
        <source>Registry:    not configured</source>
        <translation>Registry:     nicht eingestellt</translation>
    </message>
    <message>
        <source>Registry:    %1 (no contract at this address on this chain)</source>
        <translation>Registry:     %1 (kein Vertrag unter dieser Adresse auf dieser Chain)</translation>
    </message>
    <message numerus="yes">
        <source>Registry:    %1, %n module(s)</source>
        <translation>
            <numerusform>Registry:     %1, %n Modul</numerusform>
            <numerusform>Registry:     %1, %n Module</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocks to wait for after the transaction&apos;s own (default 1).</source>
        <translation>Wie viele Blöcke samt dem der Transaktion abzuwarten sind (Standard 1).</translation>
    </message>
    <message>
        <source>Transaction %1, block %2 (%3).</source>
        <translation>Transaktion %1, Block %2 (%3).</translation>
    </message>
    <message>
        <source>No module is registered under %1.</source>
        <translation>Unter %1 ist kein Modul registriert.</translation>
    </message>
    <message>
        <source>%1
  metadata: %2
  owner:    %3</source>
        <translation>%1
  Metadaten:  %2
  Eigentümer: %3</translation>
    </message>
    <message>
        <source>Name the key that signs with --account NAME (see modreg keys list).</source>
        <translation>Nenne den signierenden Schlüssel mit --account NAME (siehe modreg keys list).</translation>
    </message>
    <message>
        <source>Sent %1; waiting for the chain…</source>
        <translation>%1 gesendet; warte auf die Chain…</translation>
    </message>
    <message>
        <source>Registered %1 → %2.</source>
        <translation>%1 → %2 registriert.</translation>
    </message>
    <message>
        <source>Updated %1 → %2.</source>
        <translation>%1 → %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Transferred %1 to %2.</source>
        <translation>%1 an %2 übertragen.</translation>
    </message>
    <message>
        <source>--confirmations takes a positive whole number.</source>
        <translation>--confirmations erwartet eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>The chain node, its head and the registry contract on it.</source>
        <translation>Der Chain-Knoten, sein neuester Block und der Registry-Vertrag darauf.</translation>
    </message>
    <message>
        <source>KEY is a module&apos;s registry key: an SS58 or Solana address, a 0x Ethereum address or a 0x secp256k1 public key (64 bytes).</source>
        <translation>KEY ist der Registry-Schlüssel eines Moduls: eine SS58- oder Solana-Adresse, eine 0x-Ethereum-Adresse oder ein 0x-secp256k1-Public-Key (64 Bytes).</translation>
    </message>
    <message>
        <source>What the registry contract holds for a module key.</source>
        <translation>Was der Registry-Vertrag für einen Modulschlüssel enthält.</translation>
    </message>
    <message>
        <source>The change is signed and paid for by --account.</source>
        <translation>Die Änderung wird von --account signiert und bezahlt.</translation>
    </message>
    <message>
        <source>Map a new key to a metadata CID.</source>
        <translation>Einen neuen Schlüssel auf eine Metadaten-CID abbilden.</translation>
    </message>
    <message>
        <source>Map a key you own to another metadata CID.</source>
        <translation>Einen Schlüssel, der Ihnen gehört, auf eine andere Metadaten-CID abbilden.</translation>
    </message>
    <message>
        <source>Take a key you own out of the registry.</source>
        <translation>Einen Schlüssel, der Ihnen gehört, aus der Registry nehmen.</translation>
    </message>
    <message>
        <source>Hand a key you own to another account.</source>
        <translation>Einen Schlüssel, der Ihnen gehört, an ein anderes Konto übergeben.</translation>
    </message>
</context>
<context>
    <name>modreg::cli::Command</name>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>JSON für Skripte ausgeben.</translation>
    </message>
    <message>
        <source>Read the keystore password from this file descriptor instead of the terminal.</source>
        <translation>Das Keystore-Passwort aus diesem Dateideskriptor lesen statt vom Terminal.</translation>
    </message>
    <message>
        <source>The keystore key (secp256k1) that signs and pays for the transaction; it owns what it registers.</source>
        <translation>Der Keystore-Schlüssel (secp256k1), der die Transaktion signiert und bezahlt; ihm gehört, was er registriert.</translation>
    </message>
    <message>
        <source> [options]</source>
        <translation> [Optionen]</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>Diese Hilfe ausgeben.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Usage: %1 (modreg help %2 says more)</source>
        <translation>Aufruf: %1 (modreg help %2 sagt mehr)</translation>
    </message>
</context>
<context>
    <name>modreg::cli::Commands</name>
    <message>
        <source>The local devnet: a chain node and an IPFS node on this machine.</source>
        <translation>Das lokale Devnet: ein Chain-Knoten und ein IPFS-Knoten auf diesem Rechner.</translation>
    </message>
    <message>
        <source>The keys in Modreg&apos;s encrypted keystore.</source>
        <translation>Die Schlüssel im verschlüsselten Keystore von Modreg.</translation>
    </message>
    <message>
        <source>Content in IPFS, every block checked against its CID.</source>
        <translation>Inhalte in IPFS, jeder Block gegen seine CID geprüft.</translation>
    </message>
    <message>
        <source>The chain node and the registry contract on it.</source>
        <translation>Der Chain-Knoten und der Registry-Vertrag darauf.</translation>
    </message>
    <message>
        <source>The registry contract itself, entry by entry.</source>
        <translation>Der Registry-Vertrag selbst, Eintrag für Eintrag.</translation>
    </message>
    <message>
        <source>Usage: modreg &lt;command&gt; [options]

Modreg publishes modules to a registry on chain and finds them in a local replica.

Commands:</source>
        <translation>Aufruf: modreg &lt;Befehl&gt; [Optionen]

Modreg veröffentlicht Module in einer Registry auf der Chain und findet sie in einem lokalen Replikat.

Befehle:</translation>
    </message>
    <message>
        <source>&quot;modreg help COMMAND&quot; (or &quot;modreg COMMAND --help&quot;) says more about one; &quot;modreg --version&quot; prints the version.</source>
        <translation>„modreg help BEFEHL“ (oder „modreg BEFEHL --help“) sagt mehr über einen Befehl; „modreg --version“ gibt die Version aus.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;; &quot;modreg help&quot; lists them.</source>
        <translation>Es gibt keinen Befehl „%1“; „modreg help“ listet sie auf.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; &quot;modreg help&quot; lists them.</source>
        <translation>Unbekannter Befehl „%1“; „modreg help“ listet sie auf.</translation>
    </message>
    <message>
        <source>Name what to do: modreg %1 %2.</source>
        <translation>Geben Sie an, was zu tun ist: modreg %1 %2.</translation>
    </message>
    <message>
        <source>Unknown %1 command &quot;%2&quot;. Use: modreg %1 %3</source>
        <translation>Unbekannter %1-Befehl „%2“. Verwenden Sie: modreg %1 %3</translation>
    </message>
</context>
<context>
    <name>modreg::cli::DevnetCommand</name>
    <message>
        <source>Chain RPC:   %1</source>
        <translation>Chain-RPC:    %1</translation>
    </message>
    <message>
        <source>IPFS API:    %1</source>
        <translation>IPFS-API:     %1</translation>
    </message>
    <message>
        <source>IPFS gateway: %1</source>
        <translation>IPFS-Gateway: %1</translation>
    </message>
    <message>
        <source>A devnet is already running; not starting a second one.</source>
        <translation>Es läuft bereits ein Devnet; ein zweites wird nicht gestartet.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop the devnet.</source>
        <translation>Strg+C hält das Devnet an.</translation>
    </message>
    <message>
        <source>A devnet is already running (pid %1).</source>
        <translation>Es läuft bereits ein Devnet (PID %1).</translation>
    </message>
    <message>
        <source>Could not start %1 in the background.</source>
        <translation>%1 konnte nicht im Hintergrund gestartet werden.</translation>
    </message>
    <message>
        <source>The devnet runs in the background (pid %1). Stop it with: modreg devnet down</source>
        <translation>Das Devnet läuft im Hintergrund (PID %1). Anhalten mit: modreg devnet down</translation>
    </message>
    <message>
        <source>The devnet did not start:
%1</source>
        <translation>Das Devnet ist nicht gestartet:
%1</translation>
    </message>
    <message>
        <source>The devnet did not become ready within 120 s. See %1.</source>
        <translation>Das Devnet war nicht innerhalb von 120 s bereit. Siehe %1.</translation>
    </message>
    <message>
        <source>No devnet is running.</source>
        <translation>Es läuft kein Devnet.</translation>
    </message>
    <message>
        <source>Devnet run by pid %1, data in %2</source>
        <translation>Devnet von PID %1, Daten in %2</translation>
    </message>
    <message>
        <source>IPFS node:   answers, peer %1, repository %2 bytes</source>
        <translation>IPFS-Knoten:  antwortet, Peer %1, Repository %2 Byte</translation>
    </message>
    <message>
        <source>IPFS node:   not answering: %1</source>
        <translation>IPFS-Knoten:  antwortet nicht: %1</translation>
    </message>
    <message>
        <source>Chain node:  answers, chain id %1, block %2</source>
        <translation>Chain-Knoten: antwortet, Chain-ID %1, Block %2</translation>
    </message>
    <message>
        <source>Chain node:  not answering: %1</source>
        <translation>Chain-Knoten: antwortet nicht: %1</translation>
    </message>
    <message>
        <source>--block-time takes a number of seconds from 1 to 3600.</source>
        <translation>--block-time erwartet eine Zahl von Sekunden zwischen 1 und 3600.</translation>
    </message>
    <message>
        <source>Run in the background and return once ready.</source>
        <translation>Im Hintergrund laufen und zurückkehren, sobald es bereit ist.</translation>
    </message>
    <message>
        <source>Make a block every SECONDS, as a real chain does, instead of one for each transaction at once.</source>
        <translation>Alle SECONDS Sekunden einen Block erzeugen, wie eine echte Chain, statt sofort einen für jede Transaktion.</translation>
    </message>
    <message>
        <source>Start the local devnet: a chain node (anvil) and an IPFS node (js-ipfs).</source>
        <translation>Das lokale Devnet starten: einen Chain-Knoten (anvil) und einen IPFS-Knoten (js-ipfs).</translation>
    </message>
    <message>
        <source>Both listen on 127.0.0.1; their data is in %1. Without --detach it runs until interrupted (Ctrl+C).</source>
        <translation>Beide lauschen auf 127.0.0.1; ihre Daten liegen in %1. Ohne --detach läuft es, bis es unterbrochen wird (Strg+C).</translation>
    </message>
    <message>
        <source>Stop the devnet this machine runs.</source>
        <translation>Das Devnet stoppen, das auf diesem Rechner läuft.</translation>
    </message>
    <message>
        <source>Whether the devnet runs and its nodes answer (exit code 3: not running).</source>
        <translation>Ob das Devnet läuft und seine Knoten antworten (Exit-Code 3: läuft nicht).</translation>
    </message>
</context>
<context>
    <name>modreg::cli::IpfsCommand</name>
    <message>
        <source>0 (default, as ipfs add) or 1 (raw leaves).</source>
        <translation>0 (Vorgabe, wie ipfs add) oder 1 (Raw-Blätter).</translation>
    </message>
    <message>
        <source>--cid-version takes 0 or 1.</source>
        <translation>--cid-version nimmt 0 oder 1.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Konnte %1 nicht anlegen: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Konnte %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Sent %1 of %2</source>
        <translation>%1 von %2 gesendet</translation>
    </message>
    <message>
        <source>Could not add %1: %2</source>
        <translation>Konnte %1 nicht hinzufügen: %2</translation>
    </message>
    <message>
        <source>Received %1 of %2</source>
        <translation>%1 von %2 empfangen</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>%1 failed: %2 Trying the next source.</source>
        <translation>%1 ist gescheitert: %2 Die nächste Quelle wird versucht.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2</source>
        <translation>Konnte %1 nicht laden: %2</translation>
    </message>
    <message>
        <source>Saved %1 to %2 (every block checked, from %3).</source>
        <translation>%1 unter %2 gespeichert (jeder Block geprüft, von %3).</translation>
    </message>
    <message>
        <source>Add without pinning.</source>
        <translation>Hinzufügen ohne Pinnen.</translation>
    </message>
    <message>
        <source>Let the node compute the CID without storing anything.</source>
        <translation>Den Knoten die CID berechnen lassen, ohne etwas zu speichern.</translation>
    </message>
    <message>
        <source>Wrap the file in a folder (wrap-with-directory).</source>
        <translation>Die Datei in einen Ordner einpacken (wrap-with-directory).</translation>
    </message>
    <message>
        <source>The IPFS node&apos;s RPC API to use instead of the current one.</source>
        <translation>Die RPC-API des IPFS-Knotens, die statt der aktuellen verwendet wird.</translation>
    </message>
    <message>
        <source>Where to save (default: the CID or the path&apos;s last name).</source>
        <translation>Wohin speichern (Standard: die CID oder der letzte Name des Pfads).</translation>
    </message>
    <message>
        <source>A trustless gateway to fetch from (repeatable).</source>
        <translation>Ein vertrauensloses Gateway zum Laden (wiederholbar).</translation>
    </message>
    <message>
        <source>Stop after downloading this many bytes.</source>
        <translation>Nach so vielen heruntergeladenen Bytes abbrechen.</translation>
    </message>
    <message>
        <source>Also write every block to this CAR file.</source>
        <translation>Jeden Block zusätzlich in diese CAR-Datei schreiben.</translation>
    </message>
    <message>
        <source>--api needs an http:// or https:// address.</source>
        <translation>--api braucht eine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>The gateway &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>Das Gateway „%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>--max-size takes a number of bytes.</source>
        <translation>--max-size erwartet eine Anzahl Bytes.</translation>
    </message>
    <message>
        <source>The CID ipfs add (default settings) gives a file or folder, computed locally.</source>
        <translation>Die CID, die ipfs add (Standardeinstellungen) einer Datei oder einem Ordner gibt, lokal berechnet.</translation>
    </message>
    <message>
        <source>With --car, its blocks are written to a CAR file as well.</source>
        <translation>Mit --car werden ihre Blöcke zusätzlich in eine CAR-Datei geschrieben.</translation>
    </message>
    <message>
        <source>Add a file or folder to the IPFS node (the devnet&apos;s, or your own from Settings).</source>
        <translation>Eine Datei oder einen Ordner zum IPFS-Knoten hinzufügen (dem des Devnets oder Ihrem eigenen aus den Einstellungen).</translation>
    </message>
    <message>
        <source>Fetch a file or folder, every block checked against its CID.</source>
        <translation>Eine Datei oder einen Ordner abrufen, jeden Block gegen seine CID geprüft.</translation>
    </message>
    <message>
        <source>From the IPFS node, then the gateways in Settings; with --gateway, from the gateways given only.</source>
        <translation>Vom IPFS-Knoten, dann von den Gateways aus den Einstellungen; mit --gateway nur von den angegebenen Gateways.</translation>
    </message>
</context>
<context>
    <name>modreg::cli::KeysCommand</name>
    <message>
        <source>The key&apos;s name.</source>
        <translation>Der Name des Schlüssels.</translation>
    </message>
    <message>
        <source>Make the key from a new mnemonic of 12 or 24 words.</source>
        <translation>Den Schlüssel aus einer neuen Wiederherstellungsphrase mit 12 oder 24 Wörtern erzeugen.</translation>
    </message>
    <message>
        <source>Where to write the new mnemonic (mode 0600); it is never printed.</source>
        <translation>Wohin die neue Wiederherstellungsphrase geschrieben wird (Modus 0600); sie wird nie ausgegeben.</translation>
    </message>
    <message>
        <source>Derivation for a mnemonic: ethereum, solana or substrate.</source>
        <translation>Ableitung für eine Wiederherstellungsphrase: ethereum, solana oder substrate.</translation>
    </message>
    <message>
        <source>Derivation path (m/44&apos;/60&apos;/0&apos;/0/0, //Alice, …).</source>
        <translation>Ableitungspfad (m/44&apos;/60&apos;/0&apos;/0/0, //Alice, …).</translation>
    </message>
    <message>
        <source>What to import: mnemonic, hex, solana-keypair, ethereum-keystore or polkadot-json.</source>
        <translation>Was importiert wird: mnemonic, hex, solana-keypair, ethereum-keystore oder polkadot-json.</translation>
    </message>
    <message>
        <source>The file to import from.</source>
        <translation>Die Datei, aus der importiert wird.</translation>
    </message>
    <message>
        <source>Export format: ethereum-keystore, polkadot-json, solana-keypair, mnemonic or hex.</source>
        <translation>Exportformat: ethereum-keystore, polkadot-json, solana-keypair, mnemonic oder hex.</translation>
    </message>
    <message>
        <source>The file to write (mode 0600).</source>
        <translation>Die zu schreibende Datei (Modus 0600).</translation>
    </message>
    <message>
        <source>Overwrite the output file if it exists.</source>
        <translation>Die Ausgabedatei überschreiben, falls sie existiert.</translation>
    </message>
    <message>
        <source>Read the key file&apos;s password from this file descriptor.</source>
        <translation>Das Passwort der Schlüsseldatei aus diesem Dateideskriptor lesen.</translation>
    </message>
    <message>
        <source>The message to sign or verify.</source>
        <translation>Die zu signierende oder zu prüfende Nachricht.</translation>
    </message>
    <message>
        <source>A 32-byte hash (0x + 64 hex digits) to sign or verify.</source>
        <translation>Ein 32-Byte-Hash (0x + 64 Hex-Ziffern) zum Signieren oder Prüfen.</translation>
    </message>
    <message>
        <source>EIP-191 personal_sign over the message.</source>
        <translation>EIP-191-personal_sign über die Nachricht.</translation>
    </message>
    <message>
        <source>The signature to verify (hex).</source>
        <translation>Die zu prüfende Signatur (hex).</translation>
    </message>
    <message>
        <source>The signer&apos;s registry key (SS58, Solana, 0x address or public key).</source>
        <translation>Der Verzeichnisschlüssel des Unterzeichners (SS58, Solana, 0x-Adresse oder öffentlicher Schlüssel).</translation>
    </message>
    <message>
        <source>SS58 network prefix (default 42).</source>
        <translation>SS58-Netzwerkpräfix (Vorgabe 42).</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no keystore yet (%1); create a key with: modreg keys new</source>
        <translation>Es gibt noch keinen Schlüsselspeicher (%1); erstellen Sie einen Schlüssel mit: modreg keys new</translation>
    </message>
    <message>
        <source>New keystore password: </source>
        <translation>Neues Passwort für den Schlüsselspeicher: </translation>
    </message>
    <message>
        <source>Keystore password: </source>
        <translation>Passwort des Schlüsselspeichers: </translation>
    </message>
    <message>
        <source>Unknown key type &quot;%1&quot;; use ed25519 or secp256k1.</source>
        <translation>Unbekannter Schlüsseltyp „%1“; verwenden Sie ed25519 oder secp256k1.</translation>
    </message>
    <message>
        <source>Unknown scheme &quot;%1&quot;; use ethereum, solana or substrate.</source>
        <translation>Unbekanntes Verfahren „%1“; verwenden Sie ethereum, solana oder substrate.</translation>
    </message>
    <message>
        <source>The %1 scheme makes %2 keys.</source>
        <translation>Das Verfahren %1 erzeugt %2-Schlüssel.</translation>
    </message>
    <message>
        <source>--words takes 12 or 24.</source>
        <translation>--words nimmt 12 oder 24.</translation>
    </message>
    <message>
        <source>A new mnemonic must be kept: pass --mnemonic-out FILE (written with mode 0600). Modreg never prints it.</source>
        <translation>Eine neue Wiederherstellungsphrase muss aufbewahrt werden: Geben Sie --mnemonic-out DATEI an (geschrieben mit Modus 0600). Modreg gibt sie nie aus.</translation>
    </message>
    <message>
        <source>Name the file to import with --file.</source>
        <translation>Nennen Sie die zu importierende Datei mit --file.</translation>
    </message>
    <message>
        <source>Password of the key file: </source>
        <translation>Passwort der Schlüsseldatei: </translation>
    </message>
    <message>
        <source>No key is called &quot;%1&quot;; see modreg keys list.</source>
        <translation>Kein Schlüssel heißt „%1“; siehe modreg keys list.</translation>
    </message>
    <message>
        <source>%1 keys are called &quot;%2&quot;; name one by its id.</source>
        <translation>%1 Schlüssel heißen „%2“; nennen Sie einen über seine ID.</translation>
    </message>
    <message>
        <source>No keys yet. Create one with: modreg keys new</source>
        <translation>Noch keine Schlüssel. Erstellen Sie einen mit: modreg keys new</translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE; secrets are never printed.</source>
        <translation>Nennen Sie die zu schreibende Datei mit -o DATEI; Geheimnisse werden nie ausgegeben.</translation>
    </message>
    <message>
        <source>Password for the exported file: </source>
        <translation>Passwort für die exportierte Datei: </translation>
    </message>
    <message>
        <source>Wrote %1 (mode 0600).</source>
        <translation>%1 geschrieben (Modus 0600).</translation>
    </message>
    <message>
        <source>--hash takes 32 bytes as 0x + 64 hex digits.</source>
        <translation>--hash nimmt 32 Byte als 0x + 64 Hex-Ziffern.</translation>
    </message>
    <message>
        <source>Give what to sign: --message-file FILE (ed25519, or secp256k1 with --personal) or --hash HEX (secp256k1).</source>
        <translation>Geben Sie an, was signiert wird: --message-file DATEI (ed25519, oder secp256k1 mit --personal) oder --hash HEX (secp256k1).</translation>
    </message>
    <message>
        <source>A secp256k1 key signs a 32-byte hash (--hash) or a message with --personal (EIP-191).</source>
        <translation>Ein secp256k1-Schlüssel signiert einen 32-Byte-Hash (--hash) oder eine Nachricht mit --personal (EIP-191).</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <source>ed25519 or secp256k1 (default: the type --scheme makes, else ed25519).</source>
        <translation>ed25519 oder secp256k1 (Standard: der Typ, den --scheme erzeugt, sonst ed25519).</translation>
    </message>
    <message>
        <source>  origin: %1</source>
        <translation>  Herkunft: %1</translation>
    </message>
    <message>
        <source>Passwords are asked on the terminal, or read from a file descriptor (--password-fd N); never from the command line. The keystore is %1.</source>
        <translation>Passwörter werden am Terminal abgefragt oder aus einem Dateideskriptor gelesen (--password-fd N), nie von der Befehlszeile. Der Keystore ist %1.</translation>
    </message>
    <message>
        <source>Make a key: random, or from a new mnemonic of 12 or 24 words.</source>
        <translation>Einen Schlüssel erzeugen: zufällig oder aus einer neuen Mnemonic mit 12 oder 24 Wörtern.</translation>
    </message>
    <message>
        <source>Import a key: a mnemonic, a hex secret, a Solana keypair, an Ethereum keystore or polkadot.js account JSON.</source>
        <translation>Einen Schlüssel importieren: eine Mnemonic, ein Hex-Geheimnis, ein Solana-Schlüsselpaar, einen Ethereum-Keystore oder polkadot.js-Konto-JSON.</translation>
    </message>
    <message>
        <source>Every key of the keystore with its identities.</source>
        <translation>Jeder Schlüssel des Keystores mit seinen Identitäten.</translation>
    </message>
    <message>
        <source>Write a key to a file in another wallet&apos;s format (never to the terminal).</source>
        <translation>Einen Schlüssel im Format einer anderen Wallet in eine Datei schreiben (nie ins Terminal).</translation>
    </message>
    <message>
        <source>Sign a message or a 32-byte hash with a key.</source>
        <translation>Eine Nachricht oder einen 32-Byte-Hash mit einem Schlüssel signieren.</translation>
    </message>
    <message>
        <source>Check a signature against a registry key; needs no keystore.</source>
        <translation>Eine Signatur gegen einen Registry-Schlüssel prüfen; braucht keinen Keystore.</translation>
    </message>
</context>
<context>
    <name>modreg::cli::PublishCommand</name>
    <message>
        <source>[%1] %2…</source>
        <translation>[%1] %2…</translation>
    </message>
    <message>
        <source>    %1 of %2 (%3%)</source>
        <translation>    %1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Run the same command again to finish: what is done already is not done twice.</source>
        <translation>Führe denselben Befehl erneut aus, um fertig zu werden: Was schon erledigt ist, wird nicht doppelt getan.</translation>
    </message>
    <message>
        <source>  transaction: %1 (block %2)</source>
        <translation>  Transaktion: %1 (Block %2)</translation>
    </message>
    <message>
        <source>  transaction: none needed; the registry already held this</source>
        <translation>  Transaktion: keine nötig; die Registry hielt das schon</translation>
    </message>
    <message>
        <source>The keystore key that is the module&apos;s identity.</source>
        <translation>Der Schlüssel aus dem Schlüsselbund, der die Identität des Moduls ist.</translation>
    </message>
    <message>
        <source>The metadata draft (JSON).</source>
        <translation>Der Metadatenentwurf (JSON).</translation>
    </message>
    <message>
        <source>The registry key: ed25519 (an Ed25519 key&apos;s public key), ethereum (a secp256k1 key&apos;s address, its default) or secp256k1 (its public key).</source>
        <translation>Der Registry-Schlüssel: ed25519 (der öffentliche Schlüssel eines Ed25519-Schlüssels), ethereum (die Adresse eines secp256k1-Schlüssels, sein Standard) oder secp256k1 (sein öffentlicher Schlüssel).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 has no metadata.json; write one (see the README, &quot;The metadata document&quot;) or name one with --metadata FILE.</source>
        <translation>%1 hat keine metadata.json; schreibe eine (siehe README, „The metadata document“) oder nenne eine mit --metadata DATEI.</translation>
    </message>
    <message>
        <source>%1 needs fixing:</source>
        <translation>%1 muss korrigiert werden:</translation>
    </message>
    <message>
        <source>--key-form is ed25519, ethereum or secp256k1.</source>
        <translation>--key-form ist ed25519, ethereum oder secp256k1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an Ed25519 key and cannot pay on this chain; name a secp256k1 key that pays with --account NAME.</source>
        <translation>„%1“ ist ein Ed25519-Schlüssel und kann auf dieser Chain nicht bezahlen; nenne mit --account NAME einen secp256k1-Schlüssel, der bezahlt.</translation>
    </message>
    <message>
        <source>Published %1 %2 under %3 (%4).</source>
        <translation>%1 %2 unter %3 veröffentlicht (%4).</translation>
    </message>
    <message>
        <source>a new version</source>
        <translation>eine neue Version</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>  content:     %1</source>
        <translation>  Inhalt:      %1</translation>
    </message>
    <message>
        <source>  metadata:    %1</source>
        <translation>  Metadaten:   %1</translation>
    </message>
    <message>
        <source>%1 now belongs to %2.</source>
        <translation>%1 gehört jetzt %2.</translation>
    </message>
    <message>
        <source>%1 is no longer in the registry.</source>
        <translation>%1 ist nicht mehr in der Registry.</translation>
    </message>
    <message>
        <source>Publish a module: its content and signed metadata to IPFS, its key → metadata on chain.</source>
        <translation>Ein Modul veröffentlichen: Inhalt und signierte Metadaten nach IPFS, Schlüssel → Metadaten auf die Chain.</translation>
    </message>
    <message>
        <source>FOLDER (or a single file) is the module&apos;s content. The metadata is FOLDER/metadata.json unless --metadata names another file; it is signed by the module key. If the key is registered by you already, this publishes a new version. Run it again after a failure to finish the job: what is done already is not done twice.</source>
        <translation>FOLDER (oder eine einzelne Datei) ist der Inhalt des Moduls. Die Metadaten sind FOLDER/metadata.json, sofern --metadata keine andere Datei nennt; sie werden mit dem Modulschlüssel signiert. Ist der Schlüssel bereits von Ihnen registriert, wird eine neue Version veröffentlicht. Führen Sie den Befehl nach einem Fehler erneut aus, um die Arbeit abzuschließen: Was schon erledigt ist, geschieht nicht zweimal.</translation>
    </message>
    <message>
        <source>Take a module out of the registry (its owner only).</source>
        <translation>Ein Modul aus der Registry nehmen (nur sein Eigentümer).</translation>
    </message>
    <message>
        <source>KEY is the module&apos;s registry key (SS58, Solana, 0x…). Its metadata and content stay in IPFS.</source>
        <translation>KEY ist der Registry-Schlüssel des Moduls (SS58, Solana, 0x…). Seine Metadaten und Inhalte bleiben in IPFS.</translation>
    </message>
    <message>
        <source>Hand a module to another account (its owner only).</source>
        <translation>Ein Modul an ein anderes Konto übergeben (nur sein Eigentümer).</translation>
    </message>
    <message>
        <source>KEY is the module&apos;s registry key (SS58, Solana, 0x…); NEW_OWNER the account that will own it.</source>
        <translation>KEY ist der Registry-Schlüssel des Moduls (SS58, Solana, 0x…); NEW_OWNER das Konto, dem es gehören wird.</translation>
    </message>
</context>
<context>
    <name>modreg::cli::ReplicaCommand</name>
    <message>
        <source>There is no local replica of the registry yet. Run &quot;modreg sync&quot; first.</source>
        <translation>Es gibt noch keine lokale Kopie der Registry. Führen Sie zuerst &quot;modreg sync&quot; aus.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 %2  by %3  [%4]</source>
        <translation>%1 %2  von %3  [%4]</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Only modules by this author.</source>
        <translation>Nur Module dieses Autors.</translation>
    </message>
    <message>
        <source>Only modules with this tag.</source>
        <translation>Nur Module mit diesem Tag.</translation>
    </message>
    <message>
        <source>Only modules under this kind of key: ed25519, ethereum-address or secp256k1.</source>
        <translation>Nur Module unter dieser Art von Schlüssel: ed25519, ethereum-address oder secp256k1.</translation>
    </message>
    <message>
        <source>Only modules whose metadata is fetched and verified.</source>
        <translation>Nur Module, deren Metadaten abgerufen und verifiziert sind.</translation>
    </message>
    <message>
        <source>Only modules changed in or after this block.</source>
        <translation>Nur Module, die in oder nach diesem Block geändert wurden.</translation>
    </message>
    <message>
        <source>modreg list takes no words; to find modules use modreg search WORDS.</source>
        <translation>modreg list nimmt keine Wörter; um Module zu finden, verwenden Sie modreg search WÖRTER.</translation>
    </message>
    <message>
        <source>--key-type is ed25519, ethereum-address or secp256k1, not &quot;%1&quot;.</source>
        <translation>--key-type ist ed25519, ethereum-address oder secp256k1, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--since-block and --limit take a positive whole number.</source>
        <translation>--since-block und --limit nehmen eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>No module matches &quot;%1&quot;.</source>
        <translation>Kein Modul passt zu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The replica holds no modules (yet). Run &quot;modreg sync&quot; to bring it up to date.</source>
        <translation>Die lokale Kopie enthält (noch) keine Module. Führen Sie &quot;modreg sync&quot; aus, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Keep following new blocks until interrupted (Ctrl+C).</source>
        <translation>Neuen Blöcken folgen, bis unterbrochen wird (Strg+C).</translation>
    </message>
    <message>
        <source>Blocks per event request (default 2000); lower it for a node that limits log queries.</source>
        <translation>Blöcke pro Ereignisabfrage (Standard 2000); kleiner wählen für Knoten, die Log-Abfragen begrenzen.</translation>
    </message>
    <message>
        <source>--page-blocks takes a positive whole number.</source>
        <translation>--page-blocks nimmt eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>Block %1 of %2 · %3 modules · %4 metadata to fetch</source>
        <translation>Block %1 von %2 · %3 Module · %4 Metadaten abzurufen</translation>
    </message>
    <message numerus="yes">
        <source>Block %1: %n module(s)</source>
        <translation>
            <numerusform>Block %1: %n Modul</numerusform>
            <numerusform>Block %1: %n Module</numerusform>
        </translation>
    </message>
    <message>
        <source>The replica keeps what it has (through block %1); run &quot;modreg sync&quot; again to go on.</source>
        <translation>Die lokale Kopie behält, was sie hat (bis Block %1); führen Sie &quot;modreg sync&quot; erneut aus, um fortzufahren.</translation>
    </message>
    <message numerus="yes">
        <source>Synced through block %1: %n module(s)</source>
        <translation>
            <numerusform>Synchronisiert bis Block %1: %n Modul</numerusform>
            <numerusform>Synchronisiert bis Block %1: %n Module</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 verified, %2 invalid, %3 not fetched yet</source>
        <translation>  %1 verifiziert, %2 ungültig, %3 noch nicht abgerufen</translation>
    </message>
    <message numerus="yes">
        <source>  %n metadata document(s) could not be fetched yet; &quot;modreg sync&quot; tries them again.</source>
        <translation>
            <numerusform>  %n Metadaten-Dokument konnte noch nicht abgerufen werden; &quot;modreg sync&quot; versucht es erneut.</numerusform>
            <numerusform>  %n Metadaten-Dokumente konnten noch nicht abgerufen werden; &quot;modreg sync&quot; versucht sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The replica has no module under %1. (Run &quot;modreg sync&quot; if it is new.)</source>
        <translation>Die lokale Kopie hat kein Modul unter %1. (Führen Sie &quot;modreg sync&quot; aus, falls es neu ist.)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changed in</source>
        <translation>Geändert in</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <source>Args</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigenes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>  block %1  %2 %3 by %4</source>
        <translation>  Block %1  %2 %3 von %4</translation>
    </message>
    <message>
        <source>Upgrading the local replica to this version&apos;s format (once; it can take a minute)…</source>
        <translation>Das lokale Replikat wird auf das Format dieser Version gebracht (einmalig; das kann eine Minute dauern)…</translation>
    </message>
    <message>
        <source>At most this many results (search: 20, list: 1000).</source>
        <translation>Höchstens so viele Ergebnisse (search: 20, list: 1000).</translation>
    </message>
    <message>
        <source>Bring the local replica of the registry up to date.</source>
        <translation>Das lokale Replikat der Registry auf den neuesten Stand bringen.</translation>
    </message>
    <message>
        <source>Reads the registry&apos;s events from the chain node and fetches each metadata document, every block checked against its CID; a document that is wrong is kept as invalid with the reason.</source>
        <translation>Liest die Ereignisse der Registry vom Chain-Knoten und ruft jedes Metadatendokument ab, jeden Block gegen seine CID geprüft; ein fehlerhaftes Dokument wird mit dem Grund als ungültig gespeichert.</translation>
    </message>
    <message>
        <source>Search the replica (offline), best matches first.</source>
        <translation>Das Replikat durchsuchen (offline), beste Treffer zuerst.</translation>
    </message>
    <message>
        <source>The last word may be the start of a word; &quot;quote&quot; a phrase.</source>
        <translation>Das letzte Wort darf ein Wortanfang sein; setzen Sie eine Phrase in &quot;Anführungszeichen&quot;.</translation>
    </message>
    <message>
        <source>Every module in the replica, by name.</source>
        <translation>Jedes Modul im Replikat, nach Name.</translation>
    </message>
    <message>
        <source>A module&apos;s metadata, state and history, from the replica.</source>
        <translation>Metadaten, Zustand und Verlauf eines Moduls, aus dem Replikat.</translation>
    </message>
    <message>
        <source>KEY is the registry key: SS58, Solana, 0x address or public key.</source>
        <translation>KEY ist der Registry-Schlüssel: SS58, Solana, 0x-Adresse oder Public Key.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) match; the best first:</source>
        <translation>
            <numerusform>%Ln Modul passt; das beste zuerst:</numerusform>
            <numerusform>%Ln Module passen; die besten zuerst:</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 modules match; the best first:</source>
        <translation>Etwa %1 Module passen; die besten zuerst:</translation>
    </message>
</context>
<context>
    <name>modreg::dagpb</name>
    <message>
        <source>A dag-pb link is malformed (its fields are out of order or repeated).</source>
        <translation>Ein dag-pb-Verweis ist fehlerhaft (seine Felder sind ungeordnet oder wiederholt).</translation>
    </message>
    <message>
        <source>A dag-pb link does not name a valid CID. %1</source>
        <translation>Ein dag-pb-Verweis nennt keine gültige CID. %1</translation>
    </message>
    <message>
        <source>A dag-pb link&apos;s name is truncated.</source>
        <translation>Der Name eines dag-pb-Verweises ist abgeschnitten.</translation>
    </message>
    <message>
        <source>A dag-pb link&apos;s name is not valid UTF-8.</source>
        <translation>Der Name eines dag-pb-Verweises ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>A dag-pb link&apos;s size is malformed.</source>
        <translation>Die Größe eines dag-pb-Verweises ist fehlerhaft.</translation>
    </message>
    <message>
        <source>A dag-pb link has a field the format does not define (%1).</source>
        <translation>Ein dag-pb-Verweis hat ein Feld, das das Format nicht kennt (%1).</translation>
    </message>
    <message>
        <source>A dag-pb link has no hash.</source>
        <translation>Ein dag-pb-Verweis hat keinen Hash.</translation>
    </message>
    <message>
        <source>The dag-pb node is malformed.</source>
        <translation>Der dag-pb-Knoten ist fehlerhaft.</translation>
    </message>
    <message>
        <source>A dag-pb link is truncated.</source>
        <translation>Ein dag-pb-Verweis ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The dag-pb node&apos;s data is truncated.</source>
        <translation>Die Daten des dag-pb-Knotens sind abgeschnitten.</translation>
    </message>
    <message>
        <source>The dag-pb node has fields out of order or not defined by the format.</source>
        <translation>Der dag-pb-Knoten hat ungeordnete oder vom Format nicht definierte Felder.</translation>
    </message>
    <message>
        <source>The UnixFS data is malformed.</source>
        <translation>Die UnixFS-Daten sind fehlerhaft.</translation>
    </message>
    <message>
        <source>The UnixFS data has an unknown type.</source>
        <translation>Die UnixFS-Daten haben einen unbekannten Typ.</translation>
    </message>
    <message>
        <source>The UnixFS data is truncated.</source>
        <translation>Die UnixFS-Daten sind abgeschnitten.</translation>
    </message>
    <message>
        <source>The UnixFS file size is malformed.</source>
        <translation>Die UnixFS-Dateigröße ist fehlerhaft.</translation>
    </message>
    <message>
        <source>A UnixFS block size is malformed.</source>
        <translation>Eine UnixFS-Blockgröße ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The UnixFS data has no type.</source>
        <translation>Die UnixFS-Daten haben keinen Typ.</translation>
    </message>
</context>
<context>
    <name>modreg::evm::ContractAbi</name>
    <message>
        <source>The contract has no function %1.</source>
        <translation>Der Vertrag hat keine Funktion %1.</translation>
    </message>
    <message>
        <source>The log has no topics, so it is not one of this contract&apos;s events.</source>
        <translation>Der Log-Eintrag hat keine Topics und ist daher kein Ereignis dieses Vertrags.</translation>
    </message>
    <message>
        <source>The log is not one of this contract&apos;s events.</source>
        <translation>Der Log-Eintrag ist kein Ereignis dieses Vertrags.</translation>
    </message>
    <message>
        <source>The %1 event&apos;s data is malformed: %2</source>
        <translation>Die Daten des Ereignisses %1 sind fehlerhaft: %2</translation>
    </message>
    <message>
        <source>The %1 event has too few topics.</source>
        <translation>Das Ereignis %1 hat zu wenige Topics.</translation>
    </message>
    <message>
        <source>The %1 event&apos;s topics are malformed: %2</source>
        <translation>Die Topics des Ereignisses %1 sind fehlerhaft: %2</translation>
    </message>
    <message>
        <source>The transaction was reverted without a reason.</source>
        <translation>Die Transaktion wurde ohne Angabe eines Grundes zurückgesetzt.</translation>
    </message>
    <message>
        <source>The transaction was reverted with an error this contract does not define (0x%1).</source>
        <translation>Die Transaktion wurde mit einem Fehler zurückgesetzt, den dieser Vertrag nicht definiert (0x%1).</translation>
    </message>
    <message>
        <source>The revert data of %1 is malformed: %2</source>
        <translation>Die Revert-Daten von %1 sind fehlerhaft: %2</translation>
    </message>
</context>
<context>
    <name>modreg::evm::EvmAccounts</name>
    <message>
        <source>Ethereum address</source>
        <translation>Ethereum-Adresse</translation>
    </message>
</context>
<context>
    <name>modreg::evm::EvmEventStream</name>
    <message>
        <source>The chain node sent no latest block.</source>
        <translation>Der Chain-Knoten hat keinen neuesten Block geschickt.</translation>
    </message>
    <message>
        <source>The chain reorganised, and no block Modreg saw is left; sync again from an earlier block.</source>
        <translation>Die Chain wurde umgebaut, und kein Block, den Modreg gesehen hat, ist übrig; synchronisiere erneut ab einem früheren Block.</translation>
    </message>
    <message>
        <source>The chain reorganised deeper than the %1 blocks Modreg remembers; sync again from an earlier block.</source>
        <translation>Die Chain wurde tiefer umgebaut als die %1 Blöcke, die Modreg sich merkt; synchronisiere erneut ab einem früheren Block.</translation>
    </message>
    <message>
        <source>The chain node did not return block %1.</source>
        <translation>Der Chain-Knoten hat Block %1 nicht geliefert.</translation>
    </message>
    <message>
        <source>The chain node says its newest block is %1, which no chain has reached; it is not answering truthfully. Check the chain RPC URL in Settings.</source>
        <translation>Der Chain-Knoten nennt %1 als seinen neuesten Block, den keine Chain erreicht hat; er antwortet nicht wahrheitsgemäß. Prüfen Sie die Chain-RPC-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>The chain node answered a request for the registry&apos;s events in blocks %1 to %2 with a log of another contract or block; it is not answering truthfully.</source>
        <translation>Der Chain-Knoten hat eine Anfrage nach den Ereignissen der Registry in den Blöcken %1 bis %2 mit einem Log eines anderen Vertrags oder Blocks beantwortet; er antwortet nicht wahrheitsgemäß.</translation>
    </message>
    <message>
        <source>The chain node says its newest block is %1, which no chain has reached; it is not answering truthfully.</source>
        <translation>Der Chain-Knoten nennt %1 als seinen neuesten Block, den keine Chain erreicht hat; er antwortet nicht wahrheitsgemäß.</translation>
    </message>
    <message>
        <source>The chain node sent a registry event in block %1 that the registry contract cannot have written (a key of %2 bytes, a CID of %3 bytes); it is not answering truthfully.</source>
        <translation>Der Chain-Knoten hat in Block %1 ein Registry-Ereignis geschickt, das der Registry-Vertrag nicht geschrieben haben kann (ein Schlüssel von %2 Bytes, eine CID von %3 Bytes); er antwortet nicht wahrheitsgemäß.</translation>
    </message>
    <message>
        <source>The chain node sent a registry event in block %1 without its block or transaction hash; it is not answering truthfully.</source>
        <translation>Der Chain-Knoten hat in Block %1 ein Registry-Ereignis ohne Block- oder Transaktions-Hash geschickt; er antwortet nicht wahrheitsgemäß.</translation>
    </message>
</context>
<context>
    <name>modreg::evm::EvmRegistry</name>
    <message>
        <source>Only %1 may change this module.</source>
        <translation>Nur %1 darf dieses Modul ändern.</translation>
    </message>
    <message>
        <source>No module is registered under the key %1.</source>
        <translation>Unter dem Schlüssel %1 ist kein Modul registriert.</translation>
    </message>
    <message>
        <source>The key %1 is already registered; update it instead.</source>
        <translation>Der Schlüssel %1 ist schon registriert; aktualisiere ihn stattdessen.</translation>
    </message>
    <message>
        <source>The key is %1 bytes; the registry accepts 20, 32 or 64.</source>
        <translation>Der Schlüssel ist %1 Bytes lang; die Registry nimmt 20, 32 oder 64.</translation>
    </message>
    <message>
        <source>The CID is %1 bytes; the registry accepts 1 to 128.</source>
        <translation>Die CID ist %1 Bytes lang; die Registry nimmt 1 bis 128.</translation>
    </message>
    <message>
        <source>The CID has a character the registry does not accept at position %1.</source>
        <translation>Die CID hat an Position %1 ein Zeichen, das die Registry nicht annimmt.</translation>
    </message>
    <message>
        <source>A module cannot be transferred to the zero address.</source>
        <translation>Ein Modul kann nicht an die Nulladresse übertragen werden.</translation>
    </message>
    <message>
        <source>The new owner must be an Ethereum address (20 bytes), not %1 bytes.</source>
        <translation>Der neue Eigentümer muss eine Ethereum-Adresse (20 Bytes) sein, nicht %1 Bytes.</translation>
    </message>
    <message>
        <source>The registry contract&apos;s answer does not decode (%1). Is the registry address right?</source>
        <translation>Die Antwort des Registry-Vertrags lässt sich nicht dekodieren (%1). Stimmt die Registry-Adresse?</translation>
    </message>
    <message>
        <source>The registry contract&apos;s answer does not decode. Is the registry address right?</source>
        <translation>Die Antwort des Registry-Vertrags lässt sich nicht dekodieren. Stimmt die Registry-Adresse?</translation>
    </message>
    <message>
        <source>at most %1 ETH</source>
        <translation>höchstens %1 ETH</translation>
    </message>
    <message>
        <source>%1(%2) on the registry contract %3</source>
        <translation>%1(%2) auf dem Registry-Vertrag %3</translation>
    </message>
    <message>
        <source>The chain node&apos;s answer for a block does not read as one.</source>
        <translation>Die Antwort des Chain-Knotens auf eine Blockabfrage lässt sich nicht als Block lesen.</translation>
    </message>
</context>
<context>
    <name>modreg::evm::JsonRpcClient</name>
    <message>
        <source>The chain node&apos;s answer to %1 is not a JSON-RPC response.</source>
        <translation>Die Antwort des Chain-Knotens auf %1 ist keine JSON-RPC-Antwort.</translation>
    </message>
    <message>
        <source>The chain node refused %1: %2</source>
        <translation>Der Chain-Knoten hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hexadecimal quantity.</source>
        <translation>„%1“ ist keine hexadezimale Zahl.</translation>
    </message>
    <message>
        <source>WebSocket turned off.</source>
        <translation>WebSocket ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Subscriptions need a WebSocket connection to the chain node, and WebSocket is off.</source>
        <translation>Abonnements brauchen eine WebSocket-Verbindung zum Chain-Knoten, und WebSocket ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>The chain node&apos;s answer to eth_subscribe has no subscription id.</source>
        <translation>Die Antwort des Chain-Knotens auf eth_subscribe hat keine Abonnement-ID.</translation>
    </message>
    <message>
        <source>Subscriptions need a WebSocket connection, and %1 has none open.</source>
        <translation>Abonnements brauchen eine WebSocket-Verbindung, und zu %1 ist keine offen.</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>The WebSocket connection to %1 was lost: %2</source>
        <translation>Die WebSocket-Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>no handshake within %1 s</source>
        <translation>kein Handshake innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The chain node at %1 did not answer %2 within %3 s.</source>
        <translation>Der Chain-Knoten unter %1 hat %2 nicht innerhalb von %3 s beantwortet.</translation>
    </message>
</context>
<context>
    <name>modreg::evm::TransactionSender</name>
    <message>
        <source>The chain node is on chain %1, but the registry is configured for chain %2; check the chain RPC URL in Settings.</source>
        <translation>Der Chain-Knoten ist auf Chain %1, die Registry ist aber für Chain %2 eingerichtet; prüfen Sie die Chain-RPC-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>The contract refused the call: %1</source>
        <translation>Der Vertrag hat den Aufruf abgelehnt: %1</translation>
    </message>
    <message>
        <source>The account %1 cannot pay for this transaction: it needs up to %2 ETH for gas and holds less. Fund it first.</source>
        <translation>Das Konto %1 kann diese Transaktion nicht bezahlen: es braucht bis zu %2 ETH für Gas und hat weniger. Laden Sie es zuerst auf.</translation>
    </message>
    <message>
        <source>The chain node refused the transaction: %1</source>
        <translation>Der Chain-Knoten hat die Transaktion abgelehnt: %1</translation>
    </message>
    <message>
        <source>The transaction %1 could not be handed to the chain node (%2). It may still arrive; nothing else will be sent with its nonce.</source>
        <translation>Die Transaktion %1 konnte dem Chain-Knoten nicht übergeben werden (%2). Sie kann noch ankommen; mit ihrer Nonce wird nichts anderes gesendet.</translation>
    </message>
    <message>
        <source>The transaction %1 was sent but not confirmed within %2 s. It may still be mined; nothing will be sent again for it.</source>
        <translation>Die Transaktion %1 wurde gesendet, aber nicht innerhalb von %2 s bestätigt. Sie kann noch aufgenommen werden; für sie wird nichts erneut gesendet.</translation>
    </message>
    <message>
        <source>The transaction %1 was mined but reverted: %2</source>
        <translation>Die Transaktion %1 wurde aufgenommen, aber zurückgesetzt: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The chain node&apos;s transaction count for the account is not a usable nonce.</source>
        <translation>Die Transaktionszahl, die der Chain-Knoten für das Konto nennt, ist keine brauchbare Nonce.</translation>
    </message>
    <message>
        <source>The chain node estimates %1 gas for this call, which no block holds; it is not answering truthfully.</source>
        <translation>Der Chain-Knoten schätzt %1 Gas für diesen Aufruf, mehr als ein Block fasst; er antwortet nicht wahrheitsgemäß.</translation>
    </message>
    <message>
        <source>The chain node asks a fee of %1 gwei per gas, far beyond any real chain&apos;s; Modreg does not pay it. Check the chain RPC URL in Settings.</source>
        <translation>Der Chain-Knoten verlangt eine Gebühr von %1 gwei pro Gas, weit über der jeder echten Chain; Modreg zahlt sie nicht. Prüfen Sie die Chain-RPC-URL in den Einstellungen.</translation>
    </message>
    <message>
        <source>This transaction could cost more than 18 ETH in fees at the node&apos;s prices; Modreg does not send it.</source>
        <translation>Diese Transaktion könnte zu den Preisen des Knotens mehr als 18 ETH an Gebühren kosten; Modreg sendet sie nicht.</translation>
    </message>
    <message>
        <source>The transaction %1 was replaced: another transaction of the account took its nonce.</source>
        <translation>Die Transaktion %1 wurde ersetzt: Eine andere Transaktion des Kontos hat ihre Nonce belegt.</translation>
    </message>
</context>
<context>
    <name>modreg::evm::abi</name>
    <message>
        <source>%1 values given for %2 ABI parameters.</source>
        <translation>%1 Werte für %2 ABI-Parameter angegeben.</translation>
    </message>
    <message>
        <source>An address must be 20 bytes, not %1.</source>
        <translation>Eine Adresse muss 20 Bytes haben, nicht %1.</translation>
    </message>
    <message>
        <source>A number must be given as 32 bytes.</source>
        <translation>Eine Zahl muss als 32 Bytes angegeben werden.</translation>
    </message>
    <message>
        <source>bytes%1 needs exactly %1 bytes, not %2.</source>
        <translation>bytes%1 braucht genau %1 Bytes, nicht %2.</translation>
    </message>
    <message>
        <source>The array needs %1 items, not %2.</source>
        <translation>Das Array braucht %1 Elemente, nicht %2.</translation>
    </message>
    <message>
        <source>The ABI data ends too early.</source>
        <translation>Die ABI-Daten enden zu früh.</translation>
    </message>
    <message>
        <source>The ABI data holds an impossible offset or length.</source>
        <translation>Die ABI-Daten enthalten einen unmöglichen Offset oder eine unmögliche Länge.</translation>
    </message>
    <message>
        <source>The ABI data is nested too deeply.</source>
        <translation>Die ABI-Daten sind zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The ABI data holds a malformed address.</source>
        <translation>Die ABI-Daten enthalten eine fehlerhafte Adresse.</translation>
    </message>
    <message>
        <source>The ABI data holds a malformed boolean.</source>
        <translation>Die ABI-Daten enthalten einen fehlerhaften Wahrheitswert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ABI type Modreg knows.</source>
        <translation>„%1“ ist kein ABI-Typ, den Modreg kennt.</translation>
    </message>
    <message>
        <source>The ABI data refers to the same bytes more than once; no contract encodes that.</source>
        <translation>Die ABI-Daten verweisen mehrfach auf dieselben Bytes; so kodiert kein Vertrag.</translation>
    </message>
</context>
<context>
    <name>modreg::evm::rlp</name>
    <message>
        <source>The RLP data is nested too deeply.</source>
        <translation>Die RLP-Daten sind zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The RLP data ends too early.</source>
        <translation>Die RLP-Daten enden zu früh.</translation>
    </message>
    <message>
        <source>The RLP data has a malformed length.</source>
        <translation>Die RLP-Daten haben eine fehlerhafte Länge.</translation>
    </message>
    <message>
        <source>The RLP data encodes a single byte in a non-canonical way.</source>
        <translation>Die RLP-Daten kodieren ein einzelnes Byte nicht kanonisch.</translation>
    </message>
    <message>
        <source>An RLP list item runs past the end of its list.</source>
        <translation>Ein RLP-Listenelement reicht über das Ende seiner Liste hinaus.</translation>
    </message>
    <message>
        <source>The RLP data has bytes after its item.</source>
        <translation>Die RLP-Daten haben Bytes nach ihrem Element.</translation>
    </message>
</context>
<context>
    <name>modreg::net::HttpExchange</name>
    <message>
        <source>only http and https URLs are supported</source>
        <translation>nur http- und https-URLs werden unterstützt</translation>
    </message>
</context>
<context>
    <name>modreg::net::HttpGet</name>
    <message>
        <source>%1 announced %2 bytes, more than the limit of %3 bytes.</source>
        <translation>%1 kündigte %2 Bytes an, mehr als die Grenze von %3 Bytes.</translation>
    </message>
    <message>
        <source>%1 sent more than the limit of %2 bytes.</source>
        <translation>%1 sandte mehr als die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s.</source>
        <translation>%1 sandte %2 s lang nichts.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the response was complete (%2 bytes received).</source>
        <translation>%1 schloss die Verbindung vor Ende der Antwort (%2 Bytes empfangen).</translation>
    </message>
    <message>
        <source>%1 redirected to %2; Modreg does not follow a gateway to another host.</source>
        <translation>%1 leitete nach %2 um; Modreg folgt einem Gateway nicht zu einem anderen Host.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 antwortete mit HTTP-Status %2.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Konnte %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is sending too slowly (%2 bytes in the last %3 s); giving up on it.</source>
        <translation>%1 sendet zu langsam (%2 Bytes in den letzten %3 s); es wird aufgegeben.</translation>
    </message>
    <message>
        <source>%1 did not deliver within %2 s; giving up on it.</source>
        <translation>%1 hat nicht innerhalb von %2 s geliefert; es wird aufgegeben.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not HTTP.</source>
        <translation>%1 antwortete mit etwas, das kein HTTP ist.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation>%1 leitete mehr als %2-mal um.</translation>
    </message>
</context>
<context>
    <name>modreg::net::HttpPost</name>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 antwortete mit HTTP-Status %2.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2: %3</source>
        <translation>%1 antwortete mit HTTP-Status %2: %3</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 sent an answer longer than the limit of %2 bytes.</source>
        <translation>%1 sandte eine Antwort, die länger ist als die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 s.</source>
        <translation>%1 hat seine Antwort nicht innerhalb von %2 s beendet.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not HTTP.</source>
        <translation>%1 antwortete mit etwas, das kein HTTP ist.</translation>
    </message>
</context>
<context>
    <name>modreg::net::NetworkErrorText</name>
    <message>
        <source>Nothing is listening at %1 (connection refused).</source>
        <translation>Unter %1 lauscht niemand (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>The host of %1 could not be found.</source>
        <translation>Der Host von %1 wurde nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>modreg::search::Reader</name>
    <message>
        <source>The search index of the replica %1 is damaged. Delete the file and Modreg will sync it again.</source>
        <translation>Der Suchindex des Replikats %1 ist beschädigt. Löschen Sie die Datei, dann synchronisiert Modreg sie neu.</translation>
    </message>
</context>
<context>
    <name>modreg::secp256k1</name>
    <message>
        <source>A recoverable signature is 65 bytes over a 32-byte hash.</source>
        <translation>Eine wiederherstellbare Signatur hat 65 Byte über einem 32-Byte-Hash.</translation>
    </message>
    <message>
        <source>The signature is malformed; no public key can be recovered from it.</source>
        <translation>Die Signatur ist fehlerhaft; aus ihr lässt sich kein öffentlicher Schlüssel gewinnen.</translation>
    </message>
    <message>
        <source>This derivation step gives an invalid key; use the next index.</source>
        <translation>Dieser Ableitungsschritt ergibt einen ungültigen Schlüssel; verwenden Sie den nächsten Index.</translation>
    </message>
</context>
<context>
    <name>modreg::ui::AboutDialog</name>
    <message>
        <source>About Modreg</source>
        <translation>Über Modreg</translation>
    </message>
    <message>
        <source>Modreg %1</source>
        <translation>Modreg %1</translation>
    </message>
    <message>
        <source>Publish and find computational modules — AI models, tools, services — on a decentralized registry. Metadata and content live in IPFS, the registry on chain, and your copy of the whole registry on your own machine, searchable offline.</source>
        <translation>Rechenmodule – KI-Modelle, Werkzeuge, Dienste – in einem dezentralen Verzeichnis veröffentlichen und finden. Metadaten und Inhalte liegen in IPFS, das Verzeichnis auf der Chain und Ihre Kopie des ganzen Verzeichnisses auf Ihrem eigenen Rechner, offline durchsuchbar.</translation>
    </message>
    <message>
        <source>Built with Qt %1 (running on Qt %2).</source>
        <translation>Erstellt mit Qt %1 (läuft mit Qt %2).</translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation>Ihre Daten: %1</translation>
    </message>
    <message>
        <source>License: MIT</source>
        <translation>Lizenz: MIT</translation>
    </message>
</context>
<context>
    <name>modreg::ui::BrowseView</name>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>No registry is set up yet: choose the devnet or your own nodes in Settings.</source>
        <translation>Es ist noch keine Registry eingerichtet: wählen Sie in den Einstellungen das Devnet oder eigene Knoten.</translation>
    </message>
    <message>
        <source>The local replica is empty. It fills as Modreg syncs the registry (see the status bar).</source>
        <translation>Die lokale Kopie ist leer. Sie füllt sich, während Modreg die Registry synchronisiert (siehe Statusleiste).</translation>
    </message>
    <message>
        <source>%1 modules: %2 verified, %3 invalid, %4 not fetched yet. From the local replica: works offline.</source>
        <translation>%1 Module: %2 verifiziert, %3 ungültig, %4 noch nicht abgerufen. Aus der lokalen Kopie: funktioniert offline.</translation>
    </message>
    <message>
        <source>The table holds %1 in memory for %2 rows.</source>
        <translation>Die Tabelle belegt %1 Speicher für %2 Zeilen.</translation>
    </message>
</context>
<context>
    <name>modreg::ui::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>Change the keystore password</source>
        <translation>Passwort des Schlüsselspeichers ändern</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Wählen Sie ein neues Passwort.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>modreg::ui::ComingSoonView</name>
    <message>
        <source>Coming soon.</source>
        <translation>Demnächst verfügbar.</translation>
    </message>
</context>
<context>
    <name>modreg::ui::CopyableField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>modreg::ui::ExportKeyDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export &quot;%1&quot;</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>File &amp;password:</source>
        <translation>Datei-&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>The file is encrypted with the password you choose here; keep both safe.</source>
        <translation>Die Datei wird mit dem hier gewählten Passwort verschlüsselt; bewahren Sie beides sicher auf.</translation>
    </message>
    <message>
        <source>This file is not encrypted: anyone who reads it controls this key. Store it offline and delete it when you no longer need it.</source>
        <translation>Diese Datei ist nicht verschlüsselt: Wer sie liest, kontrolliert diesen Schlüssel. Bewahren Sie sie offline auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert wird.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>modreg::ui::ImportKeyDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import a key</source>
        <translation>Einen Schlüssel importieren</translation>
    </message>
    <message>
        <source>Leave empty to use the file&apos;s own name</source>
        <translation>Leer lassen, um den Namen aus der Datei zu verwenden</translation>
    </message>
    <message>
        <source>ed25519 (Substrate, Solana)</source>
        <translation>ed25519 (Substrate, Solana)</translation>
    </message>
    <message>
        <source>secp256k1 (Ethereum)</source>
        <translation>secp256k1 (Ethereum)</translation>
    </message>
    <message>
        <source>Substrate / Polkadot (ed25519)</source>
        <translation>Substrate / Polkadot (ed25519)</translation>
    </message>
    <message>
        <source>Solana (ed25519)</source>
        <translation>Solana (ed25519)</translation>
    </message>
    <message>
        <source>Ethereum (secp256k1)</source>
        <translation>Ethereum (secp256k1)</translation>
    </message>
    <message>
        <source>Leave empty for the first account</source>
        <translation>Leer lassen für das erste Konto</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Words or key:</source>
        <translation>&amp;Wörter oder Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Key &amp;type:</source>
        <translation>Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Wallet kind:</source>
        <translation>&amp;Wallet-Art:</translation>
    </message>
    <message>
        <source>Derivation &amp;path:</source>
        <translation>Ableitungs&amp;pfad:</translation>
    </message>
    <message>
        <source>File &amp;password:</source>
        <translation>Datei-&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Import from:</source>
        <translation>&amp;Importieren aus:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The 12 or 24 words, separated by spaces</source>
        <translation>Die 12 oder 24 Wörter, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>64 hexadecimal digits</source>
        <translation>64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Schlüsseldateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Type or paste the words or the key first.</source>
        <translation>Geben Sie zuerst die Wörter oder den Schlüssel ein.</translation>
    </message>
    <message>
        <source>Choose the key file first.</source>
        <translation>Wählen Sie zuerst die Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>modreg::ui::JsonObjectEditor</name>
    <message>
        <source>This must be a JSON object: { &quot;name&quot;: value, … }.</source>
        <translation>Das muss ein JSON-Objekt sein: { &quot;name&quot;: wert, … }.</translation>
    </message>
    <message>
        <source>Line %1, column %2: this is not valid JSON here.</source>
        <translation>Zeile %1, Spalte %2: Hier ist das kein gültiges JSON.</translation>
    </message>
</context>
<context>
    <name>modreg::ui::KeyDetailsPane</name>
    <message>
        <source>Select a key to see its identities.</source>
        <translation>Wählen Sie einen Schlüssel, um seine Identitäten zu sehen.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>modreg::ui::KeyListModel</name>
    <message>
        <source>ed25519</source>
        <translation>ed25519</translation>
    </message>
    <message>
        <source>secp256k1</source>
        <translation>secp256k1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Registry identity</source>
        <translation>Verzeichnisidentität</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>modreg::ui::KeystoreGate</name>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Create your keystore</source>
        <translation>Schlüsselspeicher anlegen</translation>
    </message>
    <message>
        <source>Unlock your keystore</source>
        <translation>Schlüsselspeicher entsperren</translation>
    </message>
    <message>
        <source>Your keys are kept in one encrypted file, %1. Choose a password to protect it: anyone with the file and the password controls your modules, and without the password the keys cannot be recovered.</source>
        <translation>Ihre Schlüssel liegen in einer verschlüsselten Datei, %1. Wählen Sie ein Passwort zu ihrem Schutz: Wer Datei und Passwort hat, kontrolliert Ihre Module, und ohne das Passwort lassen sich die Schlüssel nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>The keystore %1 is locked. Enter its password to use your keys.</source>
        <translation>Der Schlüsselspeicher %1 ist gesperrt. Geben Sie sein Passwort ein, um Ihre Schlüssel zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Create keystore</source>
        <translation>Schlüsselspeicher &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>modreg::ui::MainWindow</name>
    <message>
        <source>Modreg</source>
        <translation>Modreg</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Modreg</source>
        <translation>Ü&amp;ber Modreg</translation>
    </message>
    <message>
        <source>IPFS: waiting</source>
        <translation>IPFS: wartet</translation>
    </message>
    <message>
        <source>Chain: waiting</source>
        <translation>Chain: wartet</translation>
    </message>
    <message>
        <source>&amp;Find Modules…</source>
        <translation>Module &amp;finden…</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
</context>
<context>
    <name>modreg::ui::MnemonicBackupPage</name>
    <message>
        <source>I have written these words down, in order, and keep them somewhere safe</source>
        <translation>Ich habe diese Wörter der Reihe nach aufgeschrieben und bewahre sie sicher auf</translation>
    </message>
    <message>
        <source>Write down your recovery phrase</source>
        <translation>Schreiben Sie Ihre Wiederherstellungsphrase auf</translation>
    </message>
    <message>
        <source>These words are the key. Anyone who has them controls your modules; if you lose them and the keystore, the key is gone. Write them on paper; do not take a screenshot.</source>
        <translation>Diese Wörter sind der Schlüssel. Wer sie hat, kontrolliert Ihre Module; verlieren Sie sie und den Schlüsselspeicher, ist der Schlüssel verloren. Schreiben Sie sie auf Papier; machen Sie kein Bildschirmfoto.</translation>
    </message>
</context>
<context>
    <name>modreg::ui::MnemonicConfirmPage</name>
    <message>
        <source>Confirm your recovery phrase</source>
        <translation>Wiederherstellungsphrase bestätigen</translation>
    </message>
    <message>
        <source>Type these words from what you wrote down.</source>
        <translation>Geben Sie diese Wörter aus Ihrer Notiz ein.</translation>
    </message>
    <message>
        <source>Word %1:</source>
        <translation>Wort %1:</translation>
    </message>
    <message>
        <source>Going back shows the words again.</source>
        <translation>Mit „Zurück“ sehen Sie die Wörter noch einmal.</translation>
    </message>
</context>
<context>
    <name>modreg::ui::ModuleDetailsPane</name>
    <message>
        <source>unknown kind of key</source>
        <translation>unbekannte Art von Schlüssel</translation>
    </message>
    <message>
        <source>ed25519 (Substrate, Solana)</source>
        <translation>ed25519 (Substrate, Solana)</translation>
    </message>
    <message>
        <source>Ethereum address (secp256k1)</source>
        <translation>Ethereum-Adresse (secp256k1)</translation>
    </message>
    <message>
        <source>secp256k1 public key</source>
        <translation>öffentlicher secp256k1-Schlüssel</translation>
    </message>
    <message>
        <source>Open in &amp;gateway</source>
        <translation>Im &amp;Gateway öffnen</translation>
    </message>
    <message>
        <source>&amp;Fetch content…</source>
        <translation>Inhalt &amp;abrufen…</translation>
    </message>
    <message>
        <source>Publish new &amp;version…</source>
        <translation>Neue &amp;Version veröffentlichen…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>Ü&amp;bertragen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Select a module to see everything about it.</source>
        <translation>Wählen Sie ein Modul, um alles darüber zu sehen.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsselart:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <source>Metadata CID:</source>
        <translation>Metadaten-CID:</translation>
    </message>
    <message>
        <source>Content CID:</source>
        <translation>Inhalts-CID:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Entrypoint:</source>
        <translation>Einstiegspunkt:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Custom:</source>
        <translation>Eigenes:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>Repository:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Letzte Änderung:</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>This module is no longer in the registry.</source>
        <translation>Dieses Modul ist nicht mehr in der Registry.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Module without verified metadata</source>
        <translation>Modul ohne verifizierte Metadaten</translation>
    </message>
    <message>
        <source>✔ Verified: the metadata matches its CID and is signed by this key.</source>
        <translation>✔ Verifiziert: die Metadaten passen zu ihrer CID und sind mit diesem Schlüssel signiert.</translation>
    </message>
    <message>
        <source>✘ Invalid: %1</source>
        <translation>✘ Ungültig: %1</translation>
    </message>
    <message>
        <source>… The metadata is not fetched yet.</source>
        <translation>… Die Metadaten sind noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>… Not fetched yet; the last try failed: %1</source>
        <translation>… Noch nicht abgerufen; der letzte Versuch scheiterte: %1</translation>
    </message>
    <message>
        <source>%1, checked against the module key</source>
        <translation>%1, gegen den Modulschlüssel geprüft</translation>
    </message>
    <message>
        <source>ed25519</source>
        <translation>ed25519</translation>
    </message>
    <message>
        <source>secp256k1 (EIP-191)</source>
        <translation>secp256k1 (EIP-191)</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>metadata %1, owner %2</source>
        <translation>Metadaten %1, Besitzer %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 an %2</translation>
    </message>
    <message>
        <source>Download the content, every block checked against its CID.</source>
        <translation>Den Inhalt herunterladen, jeder Block gegen seine CID geprüft.</translation>
    </message>
    <message>
        <source>There is no verified metadata naming the content.</source>
        <translation>Es gibt keine verifizierten Metadaten, die den Inhalt nennen.</translation>
    </message>
    <message>
        <source>Unlock the keystore in the Wallet view to change modules you own.</source>
        <translation>Entsperren Sie den Schlüsselbund in der Ansicht Wallet, um eigene Module zu ändern.</translation>
    </message>
    <message>
        <source>Only the owner, %1, can change this module.</source>
        <translation>Nur der Besitzer, %1, kann dieses Modul ändern.</translation>
    </message>
    <message>
        <source>Waiting for the IPFS node and the chain.</source>
        <translation>Warte auf den IPFS-Knoten und die Chain.</translation>
    </message>
    <message>
        <source>Opens the Publish wizard with this module&apos;s metadata filled in.</source>
        <translation>Öffnet den Veröffentlichungs-Assistenten mit den Metadaten dieses Moduls ausgefüllt.</translation>
    </message>
    <message>
        <source>Fetch the content into</source>
        <translation>Den Inhalt abrufen nach</translation>
    </message>
    <message>
        <source>Fetching %1 into %2…</source>
        <translation>Rufe %1 nach %2 ab…</translation>
    </message>
    <message>
        <source>Fetched %1 into %2, every block checked (from %3).</source>
        <translation>%1 nach %2 abgerufen, jeder Block geprüft (von %3).</translation>
    </message>
    <message>
        <source>Could not fetch the content: %1</source>
        <translation>Der Inhalt konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Remove module</source>
        <translation>Modul entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the registry? Its metadata and content stay in IPFS, but the registry will no longer point at them. This sends a transaction.</source>
        <translation>&quot;%1&quot; aus der Registry entfernen? Metadaten und Inhalt bleiben in IPFS, aber die Registry verweist nicht mehr darauf. Dies sendet eine Transaktion.</translation>
    </message>
    <message>
        <source>Removed from the registry.</source>
        <translation>Aus der Registry entfernt.</translation>
    </message>
    <message>
        <source>Transfer module</source>
        <translation>Modul übertragen</translation>
    </message>
    <message>
        <source>Transferred to %1.</source>
        <translation>An %1 übertragen.</translation>
    </message>
    <message>
        <source>Nothing to do: the registry already says so.</source>
        <translation>Nichts zu tun: die Registry sagt das bereits.</translation>
    </message>
    <message>
        <source>%1 Transaction %2 in block %3.</source>
        <translation>%1 Transaktion %2 in Block %3.</translation>
    </message>
    <message>
        <source>The module&apos;s own key is not in this keystore: a new version must be signed by it. Import it in the Wallet view.</source>
        <translation>Der eigene Schlüssel des Moduls ist nicht in diesem Schlüsselspeicher: Eine neue Version muss mit ihm signiert werden. Importieren Sie ihn in der Ansicht Wallet.</translation>
    </message>
    <message>
        <source>No IPFS gateway is set. Add one in Settings.</source>
        <translation>Es ist kein IPFS-Gateway eingestellt. Fügen Sie eines in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>Open the module&apos;s content in the gateway %1.</source>
        <translation>Den Inhalt des Moduls im Gateway %1 öffnen.</translation>
    </message>
    <message>
        <source>Open the metadata document in the gateway %1.</source>
        <translation>Das Metadaten-Dokument im Gateway %1 öffnen.</translation>
    </message>
    <message>
        <source>The %1 of the new owner (it alone can change or remove the module afterwards):</source>
        <translation>Die %1 des neuen Eigentümers (nur er kann das Modul danach ändern oder entfernen):</translation>
    </message>
</context>
<context>
    <name>modreg::ui::ModuleTableModel</name>
    <message>
        <source>(no verified metadata)</source>
        <translation>(keine verifizierten Metadaten)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>The block of the module&apos;s last change</source>
        <translation>Der Block der letzten Änderung des Moduls</translation>
    </message>
</context>
<context>
    <name>modreg::ui::NewKeyKindPage</name>
    <message>
        <source>From a new recovery phrase (recommended): the words are your backup</source>
        <translation>Aus einer neuen Wiederherstellungsphrase (empfohlen): Die Wörter sind Ihre Sicherung</translation>
    </message>
    <message>
        <source>Random key without a recovery phrase: back it up by exporting it</source>
        <translation>Zufälliger Schlüssel ohne Wiederherstellungsphrase: Sichern Sie ihn durch Exportieren</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>A key identifies your modules in the registry and signs their registrations.</source>
        <translation>Ein Schlüssel weist Ihre Module im Verzeichnis aus und signiert ihre Registrierungen.</translation>
    </message>
    <message>
        <source>e.g. My models</source>
        <translation>z. B. Meine Modelle</translation>
    </message>
    <message>
        <source>Substrate / Polkadot (ed25519, SS58 address)</source>
        <translation>Substrate / Polkadot (ed25519, SS58-Adresse)</translation>
    </message>
    <message>
        <source>Solana (ed25519)</source>
        <translation>Solana (ed25519)</translation>
    </message>
    <message>
        <source>Ethereum (secp256k1)</source>
        <translation>Ethereum (secp256k1)</translation>
    </message>
    <message>
        <source>12 words</source>
        <translation>12 Wörter</translation>
    </message>
    <message>
        <source>24 words</source>
        <translation>24 Wörter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
</context>
<context>
    <name>modreg::ui::NewKeyWizard</name>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
</context>
<context>
    <name>modreg::ui::NodeStatusIndicator</name>
    <message>
        <source>IPFS: not answering</source>
        <translation>IPFS: antwortet nicht</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>IPFS %1 · %2</source>
        <translation>IPFS %1 · %2</translation>
    </message>
    <message>
        <source>IPFS node answers.
Peer ID: %1
Repository size: %2</source>
        <translation>Der IPFS-Knoten antwortet.
Peer-ID: %1
Repository-Größe: %2</translation>
    </message>
    <message>
        <source>Chain: not answering</source>
        <translation>Chain: antwortet nicht</translation>
    </message>
    <message>
        <source>Chain %1 · block %2</source>
        <translation>Chain %1 · Block %2</translation>
    </message>
    <message>
        <source>Chain node answers.
Chain ID: %1
Latest block: %2</source>
        <translation>Der Chain-Knoten antwortet.
Chain-ID: %1
Neuester Block: %2</translation>
    </message>
</context>
<context>
    <name>modreg::ui::PublishContentPage</name>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Noch nichts gewählt.</translation>
    </message>
    <message>
        <source>&amp;Use its metadata.json</source>
        <translation>Seine metadata.json &amp;verwenden</translation>
    </message>
    <message>
        <source>The content</source>
        <translation>Der Inhalt</translation>
    </message>
    <message>
        <source>The code, model or data the module is: a folder or a single file. It goes to IPFS as it is; files whose names start with a dot are left out, as ipfs add does.</source>
        <translation>Der Code, das Modell oder die Daten, die das Modul ausmachen: ein Ordner oder eine einzelne Datei. Er kommt unverändert nach IPFS; Dateien, deren Name mit einem Punkt beginnt, bleiben weg, wie bei ipfs add.</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose f&amp;ile…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Inhalt:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>CID:</source>
        <translation>CID:</translation>
    </message>
    <message>
        <source>The module&apos;s folder</source>
        <translation>Der Ordner des Moduls</translation>
    </message>
    <message>
        <source>The module&apos;s file</source>
        <translation>Die Datei des Moduls</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 von %2 gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n Datei</numerusform>
            <numerusform>%1 in %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing the CID…</source>
        <translation>Berechne die CID…</translation>
    </message>
</context>
<context>
    <name>modreg::ui::PublishDonePage</name>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Registry key:</source>
        <translation>Registry-Schlüssel:</translation>
    </message>
    <message>
        <source>Content CID:</source>
        <translation>Inhalts-CID:</translation>
    </message>
    <message>
        <source>Metadata CID:</source>
        <translation>Metadaten-CID:</translation>
    </message>
    <message>
        <source>Transaction:</source>
        <translation>Transaktion:</translation>
    </message>
    <message>
        <source>Block:</source>
        <translation>Block:</translation>
    </message>
    <message>
        <source>%1 %2 is published as a new version of its key.</source>
        <translation>%1 %2 ist als neue Version seines Schlüssels veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 %2 is published and registered.</source>
        <translation>%1 %2 ist veröffentlicht und registriert.</translation>
    </message>
    <message>
        <source>none needed: the registry already pointed at this metadata</source>
        <translation>keine nötig: Die Registry verwies schon auf diese Metadaten</translation>
    </message>
</context>
<context>
    <name>modreg::ui::PublishKeyPage</name>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>The module&apos;s key</source>
        <translation>Der Schlüssel des Moduls</translation>
    </message>
    <message>
        <source>A module is known by a key: it signs the metadata, and the registry maps it to the metadata. Pick one, or create a new one for this module.</source>
        <translation>Ein Modul ist an einem Schlüssel erkennbar: Er signiert die Metadaten, und die Registry ordnet ihm die Metadaten zu. Wähle einen oder erstelle einen neuen für dieses Modul.</translation>
    </message>
    <message>
        <source>Module &amp;key:</source>
        <translation>Modul&amp;schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Registry key:</source>
        <translation>&amp;Registry-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>&amp;Bezahlt von:</translation>
    </message>
    <message>
        <source>The keystore is locked. Unlock it in the Wallet view first.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperre ihn zuerst in der Ansicht Wallet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No secp256k1 key: create one to pay for transactions</source>
        <translation>Kein secp256k1-Schlüssel: Erstelle einen, um Transaktionen zu bezahlen</translation>
    </message>
    <message>
        <source>There is no key yet: create one with New key.</source>
        <translation>Es gibt noch keinen Schlüssel: Erstelle einen mit „Neuer Schlüssel“.</translation>
    </message>
    <message>
        <source>Transactions on this chain are paid by a secp256k1 key; create one (New key, Ethereum) to pay.</source>
        <translation>Transaktionen auf dieser Chain bezahlt ein secp256k1-Schlüssel; erstelle einen (Neuer Schlüssel, Ethereum), um zu bezahlen.</translation>
    </message>
    <message>
        <source>Waiting for the IPFS node and the chain to be ready…</source>
        <translation>Warte, bis der IPFS-Knoten und die Chain bereit sind…</translation>
    </message>
    <message>
        <source>Asking the registry about this key…</source>
        <translation>Frage die Registry nach diesem Schlüssel…</translation>
    </message>
    <message>
        <source>The registry could not be asked: %1</source>
        <translation>Die Registry konnte nicht gefragt werden: %1</translation>
    </message>
    <message>
        <source>This key is new to the registry: publishing registers it, owned by the paying account.</source>
        <translation>Dieser Schlüssel ist neu in der Registry: Veröffentlichen registriert ihn, im Besitz des bezahlenden Kontos.</translation>
    </message>
    <message>
        <source>You own this key in the registry: publishing makes a new version (it points at %1 now).</source>
        <translation>Dieser Schlüssel gehört dir in der Registry: Veröffentlichen erzeugt eine neue Version (er verweist jetzt auf %1).</translation>
    </message>
    <message>
        <source>This key is registered by %1, not by the paying account; only its owner can publish under it. Choose another key; nothing has been spent.</source>
        <translation>Dieser Schlüssel ist von %1 registriert, nicht vom bezahlenden Konto; nur sein Besitzer kann darunter veröffentlichen. Wähle einen anderen Schlüssel; nichts wurde ausgegeben.</translation>
    </message>
</context>
<context>
    <name>modreg::ui::PublishMetadataPage</name>
    <message>
        <source>&amp;Import metadata.json…</source>
        <translation>metadata.json &amp;importieren…</translation>
    </message>
    <message>
        <source>About the module</source>
        <translation>Über das Modul</translation>
    </message>
    <message>
        <source>Name, version and author are required. The rest helps people find and use the module.</source>
        <translation>Name, Version und Autor sind erforderlich. Der Rest hilft anderen, das Modul zu finden und zu nutzen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>text-summarizer</source>
        <translation>text-summarizer</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>1.0.0</source>
        <translation>1.0.0</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Your name or team</source>
        <translation>Dein Name oder Team</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>nlp, summarization (lowercase, comma-separated)</source>
        <translation>nlp, summarization (klein geschrieben, durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>&amp;License:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <source>MIT</source>
        <translation>MIT</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>https://example.org/team/module</source>
        <translation>https://example.org/team/module</translation>
    </message>
    <message>
        <source>&amp;Entry point:</source>
        <translation>&amp;Einstiegspunkt:</translation>
    </message>
    <message>
        <source>python main.py</source>
        <translation>python main.py</translation>
    </message>
    <message>
        <source>A&amp;rguments (JSON):</source>
        <translation>A&amp;rgumente (JSON):</translation>
    </message>
    <message>
        <source>&amp;Custom (JSON):</source>
        <translation>&amp;Eigenes (JSON):</translation>
    </message>
    <message>
        <source>Import metadata</source>
        <translation>Metadaten importieren</translation>
    </message>
    <message>
        <source>Metadata (*.json);;All files (*)</source>
        <translation>Metadaten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>modreg::ui::PublishProgressPage</name>
    <message>
        <source>&amp;Cancel publishing</source>
        <translation>Veröffentlichen &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>If anything stops this (a node goes away, the app closes), publishing the same module again finishes the job: nothing is uploaded or registered twice.</source>
        <translation>Wenn etwas dies unterbricht (ein Knoten verschwindet, die App wird geschlossen), beendet erneutes Veröffentlichen desselben Moduls die Arbeit: Nichts wird doppelt hochgeladen oder registriert.</translation>
    </message>
    <message>
        <source>The IPFS node and the chain are not ready; retry in a moment.</source>
        <translation>Der IPFS-Knoten und die Chain sind nicht bereit; versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The nodes changed in Settings while publishing; retry to finish on the new ones.</source>
        <translation>Die Knoten wurden während des Veröffentlichens in den Einstellungen gewechselt; versuche es erneut, um auf den neuen fertig zu werden.</translation>
    </message>
</context>
<context>
    <name>modreg::ui::PublishReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>This is what will be published. Nothing has been sent anywhere yet.</source>
        <translation>Das wird veröffentlicht. Noch wurde nichts irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Content CID:</source>
        <translation>Inhalts-CID:</translation>
    </message>
    <message>
        <source>Metadata CID:</source>
        <translation>Metadaten-CID:</translation>
    </message>
    <message>
        <source>Chain call:</source>
        <translation>Chain-Aufruf:</translation>
    </message>
    <message>
        <source>Estimated fee:</source>
        <translation>Geschätzte Gebühr:</translation>
    </message>
    <message>
        <source>Metadata document:</source>
        <translation>Metadatendokument:</translation>
    </message>
    <message>
        <source>Signing the metadata and asking the registry…</source>
        <translation>Signiere die Metadaten und frage die Registry…</translation>
    </message>
    <message>
        <source>The IPFS node and the chain are not ready yet; go back and try again in a moment.</source>
        <translation>Der IPFS-Knoten und die Chain sind noch nicht bereit; geh zurück und versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The registry already points at this very document: publishing only makes sure the content and metadata are in IPFS; no transaction is needed.</source>
        <translation>Die Registry verweist bereits auf genau dieses Dokument: Veröffentlichen stellt nur sicher, dass Inhalt und Metadaten in IPFS sind; keine Transaktion ist nötig.</translation>
    </message>
    <message>
        <source>Publishes version %1 of %2 as a new version of this key.</source>
        <translation>Veröffentlicht Version %1 von %2 als neue Version dieses Schlüssels.</translation>
    </message>
    <message>
        <source>Registers %1 %2 under a new key.</source>
        <translation>Registriert %1 %2 unter einem neuen Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>Stored as this document&apos;s canonical JSON (RFC 8785), %n byte(s), signed by the module key.</source>
        <translation>
            <numerusform>Gespeichert als kanonisches JSON dieses Dokuments (RFC 8785), %n Byte, signiert mit dem Modulschlüssel.</numerusform>
            <numerusform>Gespeichert als kanonisches JSON dieses Dokuments (RFC 8785), %n Bytes, signiert mit dem Modulschlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (%2 gas)</source>
        <translation>%1 (%2 Gas)</translation>
    </message>
</context>
<context>
    <name>modreg::ui::PublishView</name>
    <message>
        <source>&amp;Publish a module…</source>
        <translation>Ein Modul &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Publishing puts a folder (or a file) and its metadata in IPFS, signs the metadata with the module&apos;s key, and records key → metadata in the registry on chain, where everyone&apos;s replica finds it.

The wizard walks you through it: the key, the metadata, the content, a review of exactly what will be sent, and the publishing itself. A publish that is interrupted finishes when you run it again.</source>
        <translation>Veröffentlichen legt einen Ordner (oder eine Datei) und seine Metadaten in IPFS ab, signiert die Metadaten mit dem Schlüssel des Moduls und trägt Schlüssel → Metadaten in die Registry auf der Chain ein, wo jede Replik sie findet.

Der Assistent führt durch alles: den Schlüssel, die Metadaten, den Inhalt, eine Prüfung dessen, was genau gesendet wird, und das Veröffentlichen selbst. Ein unterbrochenes Veröffentlichen wird beim nächsten Mal zu Ende geführt.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Unlock the keystore in the Wallet view first: the module key signs the metadata.</source>
        <translation>Entsperre zuerst den Schlüsselbund in der Ansicht Wallet: Der Modulschlüssel signiert die Metadaten.</translation>
    </message>
    <message>
        <source>Waiting for the IPFS node and the chain (see the status bar)…</source>
        <translation>Warte auf den IPFS-Knoten und die Chain (siehe Statusleiste)…</translation>
    </message>
    <message>
        <source>Last published: %1 %2, metadata %3.</source>
        <translation>Zuletzt veröffentlicht: %1 %2, Metadaten %3.</translation>
    </message>
</context>
<context>
    <name>modreg::ui::PublishWizard</name>
    <message>
        <source>Publish a module</source>
        <translation>Ein Modul veröffentlichen</translation>
    </message>
</context>
<context>
    <name>modreg::ui::SearchResultsModel</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
</context>
<context>
    <name>modreg::ui::SearchView</name>
    <message>
        <source>&amp;Verified only</source>
        <translation>Nur &amp;verifizierte</translation>
    </message>
    <message>
        <source>Search modules: words, &quot;a phrase&quot;, or the start of a word</source>
        <translation>Module suchen: Wörter, &quot;eine Wortfolge&quot; oder ein Wortanfang</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>ed25519</source>
        <translation>ed25519</translation>
    </message>
    <message>
        <source>Ethereum address</source>
        <translation>Ethereum-Adresse</translation>
    </message>
    <message>
        <source>secp256k1 public key</source>
        <translation>öffentlicher secp256k1-Schlüssel</translation>
    </message>
    <message>
        <source>any block</source>
        <translation>jeder Block</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Changed since:</source>
        <translation>Geändert seit:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Type to search every module in your local replica. Nothing you type leaves this machine.</source>
        <translation>Tippen Sie, um jedes Modul Ihrer lokalen Kopie zu durchsuchen. Nichts, was Sie tippen, verlässt diesen Rechner.</translation>
    </message>
    <message>
        <source>There is no local replica yet: it is made when Modreg first syncs the registry.</source>
        <translation>Es gibt noch keine lokale Kopie: sie entsteht, wenn Modreg die Registry zum ersten Mal synchronisiert.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No module passes these filters.</source>
        <translation>Kein Modul besteht diese Filter.</translation>
    </message>
    <message>
        <source>No module matches &quot;%1&quot;. Try fewer or shorter words, or fewer filters.</source>
        <translation>Kein Modul passt zu &quot;%1&quot;. Versuchen Sie weniger oder kürzere Wörter oder weniger Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) shown, by name (%1 ms). Enter opens the selected one.</source>
        <translation>
            <numerusform>%Ln Modul angezeigt, nach Name (%1 ms). Die Eingabetaste öffnet das ausgewählte.</numerusform>
            <numerusform>%Ln Module angezeigt, nach Name (%1 ms). Die Eingabetaste öffnet das ausgewählte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) match, the best first (%1 ms). Enter opens the selected one.</source>
        <translation>
            <numerusform>%Ln Modul passt, das beste zuerst (%1 ms). Die Eingabetaste öffnet das ausgewählte.</numerusform>
            <numerusform>%Ln Module passen, die besten zuerst (%1 ms). Die Eingabetaste öffnet das ausgewählte.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 modules match, the best first (%2 ms). Enter opens the selected one.</source>
        <translation>Etwa %1 Module passen, die besten zuerst (%2 ms). Die Eingabetaste öffnet das ausgewählte.</translation>
    </message>
</context>
<context>
    <name>modreg::ui::SettingsView</name>
    <message>
        <source>Local devnet: a private chain and IPFS node that Modreg starts for you</source>
        <translation>Lokales Devnet: eine private Chain und ein IPFS-Knoten, die Modreg für Sie startet</translation>
    </message>
    <message>
        <source>My own nodes: an IPFS node, gateways and a chain I run or trust</source>
        <translation>Eigene Knoten: ein IPFS-Knoten, Gateways und eine Chain, die ich betreibe oder denen ich vertraue</translation>
    </message>
    <message>
        <source>My own nodes</source>
        <translation>Eigene Knoten</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>One URL per line, tried in this order</source>
        <translation>Eine URL pro Zeile, in dieser Reihenfolge versucht</translation>
    </message>
    <message>
        <source>IPFS &amp;API URL:</source>
        <translation>IPFS-&amp;API-URL:</translation>
    </message>
    <message>
        <source>&amp;Gateways:</source>
        <translation>&amp;Gateways:</translation>
    </message>
    <message>
        <source>Chain &amp;RPC URL:</source>
        <translation>Chain-&amp;RPC-URL:</translation>
    </message>
    <message>
        <source>Registry &amp;contract:</source>
        <translation>Verzeichnis-&amp;Vertrag:</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Lock the keystore after this long without a key press or click in Modreg.</source>
        <translation>Den Schlüsselspeicher sperren, wenn so lange keine Taste und kein Klick in Modreg kam.</translation>
    </message>
    <message>
        <source>The network prefix of SS58 addresses: 42 generic Substrate, 0 Polkadot, 2 Kusama.</source>
        <translation>Das Netzwerkpräfix von SS58-Adressen: 42 allgemeines Substrate, 0 Polkadot, 2 Kusama.</translation>
    </message>
    <message>
        <source>&amp;Lock the keystore after:</source>
        <translation>Schlüsselspeicher &amp;sperren nach:</translation>
    </message>
    <message>
        <source>SS58 address &amp;prefix:</source>
        <translation>SS58-Adress&amp;präfix:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chain:</translation>
    </message>
    <message>
        <source>chain id %1, at block %2</source>
        <translation>Chain-ID %1, bei Block %2</translation>
    </message>
    <message>
        <source>asking %1…</source>
        <translation>frage %1…</translation>
    </message>
    <message>
        <source>Chain RPC: %1 (chain id %2)
Registry contract: %3
IPFS API: %4</source>
        <translation>Chain-RPC: %1 (Chain-ID %2)
Registry-Vertrag: %3
IPFS-API: %4</translation>
    </message>
    <message>
        <source>The block the registry contract was deployed in. Syncing reads the registry&apos;s events from there; 0 reads the whole chain, which is slow on a long one.</source>
        <translation>Der Block, in dem der Registry-Vertrag bereitgestellt wurde. Die Synchronisation liest die Ereignisse der Registry ab dort; 0 liest die ganze Chain, was bei einer langen langsam ist.</translation>
    </message>
    <message>
        <source>Deployed in &amp;block:</source>
        <translation>Bereitgestellt in &amp;Block:</translation>
    </message>
</context>
<context>
    <name>modreg::ui::SyncStatusIndicator</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Check the chain for new registry events and retry metadata that could not be fetched.</source>
        <translation>Die Chain auf neue Registry-Ereignisse prüfen und Metadaten, die nicht abgerufen werden konnten, erneut versuchen.</translation>
    </message>
    <message>
        <source>Replica: offline (waiting for the chain)</source>
        <translation>Lokale Kopie: offline (warte auf die Chain)</translation>
    </message>
    <message>
        <source>Replica: none yet</source>
        <translation>Lokale Kopie: noch keine</translation>
    </message>
    <message>
        <source>Sync stalled</source>
        <translation>Synchronisation steht</translation>
    </message>
    <message>
        <source>Syncing: block %1 of %2</source>
        <translation>Synchronisiere: Block %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Synced · %n module(s)</source>
        <translation>
            <numerusform>Synchronisiert · %n Modul</numerusform>
            <numerusform>Synchronisiert · %n Module</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting sync…</source>
        <translation>Synchronisation startet…</translation>
    </message>
    <message numerus="yes">
        <source> · %n to fetch</source>
        <translation>
            <numerusform> · %n abzurufen</numerusform>
            <numerusform> · %n abzurufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Block %1 · %2 modules · %3 metadata documents waiting to be fetched</source>
        <translation>Block %1 · %2 Module · %3 Metadaten-Dokumente warten auf den Abruf</translation>
    </message>
    <message>
        <source>Upgrading the replica…</source>
        <translation>Replikat wird aktualisiert…</translation>
    </message>
    <message>
        <source>Fetching metadata: %1 of %2 modules</source>
        <translation>Metadaten werden geladen: %1 von %2 Modulen</translation>
    </message>
</context>
<context>
    <name>modreg::ui::WalletView</name>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Wallet</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot;.</source>
        <translation>„%1“ erstellt.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot;.</source>
        <translation>„%1“ exportiert.</translation>
    </message>
    <message>
        <source>Rename key</source>
        <translation>Schlüssel umbenennen</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>In „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from the keystore?</source>
        <translation>„%1“ aus dem Schlüsselspeicher löschen?</translation>
    </message>
    <message>
        <source>You can bring it back only with its recovery phrase.</source>
        <translation>Sie können ihn nur mit seiner Wiederherstellungsphrase zurückholen.</translation>
    </message>
    <message>
        <source>It has no recovery phrase: unless you exported it, it is gone for good, and so is control over the modules it registered.</source>
        <translation>Er hat keine Wiederherstellungsphrase: Wenn Sie ihn nicht exportiert haben, ist er endgültig verloren und mit ihm die Kontrolle über die Module, die er registriert hat.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>The keystore password was changed.</source>
        <translation>Das Passwort des Schlüsselspeichers wurde geändert.</translation>
    </message>
</context>
</TS>
