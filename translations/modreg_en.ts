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
    <name>modreg::cli::ReplicaCommand</name>
    <message numerus="yes">
        <source>Block %1: %n module(s)</source>
        <translation>
            <numerusform>Block %1: %n module</numerusform>
            <numerusform>Block %1: %n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced through block %1: %n module(s)</source>
        <translation>
            <numerusform>Synced through block %1: %n module</numerusform>
            <numerusform>Synced through block %1: %n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n metadata document(s) could not be fetched yet; &quot;modreg sync&quot; tries them again.</source>
        <translation>
            <numerusform>  %n metadata document could not be fetched yet; &quot;modreg sync&quot; tries it again.</numerusform>
            <numerusform>  %n metadata documents could not be fetched yet; &quot;modreg sync&quot; tries them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) match; the best first:</source>
        <translation>
            <numerusform>%Ln module matches; the best first:</numerusform>
            <numerusform>%Ln modules match; the best first:</numerusform>
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
<context>
    <name>modreg::ui::SearchView</name>
    <message numerus="yes">
        <source>%Ln module(s) shown, by name (%1 ms). Enter opens the selected one.</source>
        <translation>
            <numerusform>%Ln module shown, by name (%1 ms). Enter opens the selected one.</numerusform>
            <numerusform>%Ln modules shown, by name (%1 ms). Enter opens the selected one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln module(s) match, the best first (%1 ms). Enter opens the selected one.</source>
        <translation>
            <numerusform>%Ln module matches (%1 ms). Enter opens it.</numerusform>
            <numerusform>%Ln modules match, the best first (%1 ms). Enter opens the selected one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modreg::ui::SyncStatusIndicator</name>
    <message numerus="yes">
        <source>Synced · %n module(s)</source>
        <translation>
            <numerusform>Synced · %n module</numerusform>
            <numerusform>Synced · %n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n to fetch</source>
        <translation>
            <numerusform> · %n to fetch</numerusform>
            <numerusform> · %n to fetch</numerusform>
        </translation>
    </message>
</context>
</TS>
