<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>modreg::cli::ChainCommand</name>
    <message numerus="yes">
        <source>Registry:    %1, %n module(s)</source>
        <translation>
            <numerusform>Registry:    %1, %n module</numerusform>
            <numerusform>Registry:    %1, %n modules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modreg::ui::PublishContentPage</name>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n file</numerusform>
            <numerusform>%1 in %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modreg::ui::PublishReviewPage</name>
    <message numerus="yes">
        <source>Stored as this document&apos;s canonical JSON (RFC 8785), %n byte(s), signed by the module key.</source>
        <translation>
            <numerusform>Stored as this document&apos;s canonical JSON (RFC 8785), %n byte, signed by the module key.</numerusform>
            <numerusform>Stored as this document&apos;s canonical JSON (RFC 8785), %n bytes, signed by the module key.</numerusform>
        </translation>
    </message>
</context>
</TS>
