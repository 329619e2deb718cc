<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActivityChart</name>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <translation><numerusform>%Ln other</numerusform><numerusform>%Ln others</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation><numerusform>%Ln created</numerusform><numerusform>%Ln created</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation><numerusform>%Ln changed</numerusform><numerusform>%Ln changed</numerusform></translation>
    </message>
</context>
<context>
    <name>AnnotationImportDialog</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) in {articles}</source>
        <translation><numerusform>%n annotation in {articles}</numerusform><numerusform>%n annotations in {articles}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation><numerusform>%n new article</numerusform><numerusform>%n new articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new category(-ies)</source>
        <translation><numerusform>%n new category</numerusform><numerusform>%n new categories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation><numerusform>%n skipped</numerusform><numerusform>%n skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n warning</numerusform><numerusform>%n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation><numerusform>%n file failed</numerusform><numerusform>%n files failed</numerusform></translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message numerus="yes">
        <source>{title}
%n annotation(s)</source>
        <translation><numerusform>{title}
%n annotation</numerusform><numerusform>{title}
%n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{title} — {source} (%n annotation(s))</source>
        <translation><numerusform>{title} — {source} (%n annotation)</numerusform><numerusform>{title} — {source} (%n annotations)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{title} (%n annotation(s))</source>
        <translation><numerusform>{title} (%n annotation)</numerusform><numerusform>{title} (%n annotations)</numerusform></translation>
    </message>
</context>
<context>
    <name>ArticleMetadataPane</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation><numerusform>%Ln word</numerusform><numerusform>%Ln words</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation><numerusform>%Ln character</numerusform><numerusform>%Ln characters</numerusform></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Delete %n annotation(s)</source>
        <translation><numerusform>Delete %n annotation</numerusform><numerusform>Delete %n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation><numerusform>Import %n article</numerusform><numerusform>Import %n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n annotation(s)</source>
        <translation><numerusform>Import %n annotation</numerusform><numerusform>Import %n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation><numerusform>Accept %n suggestion</numerusform><numerusform>Accept %n suggestions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reject %n suggestion(s)</source>
        <translation><numerusform>Reject %n suggestion</numerusform><numerusform>Reject %n suggestions</numerusform></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <source>Reading {index} of {total}: {name}
%n imported · {rate} files/s</source>
        <translation><numerusform>Reading {index} of {total}: {name}
%n imported · {rate} files/s</numerusform><numerusform>Reading {index} of {total}: {name}
%n imported · {rate} files/s</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation><numerusform>%n imported</numerusform><numerusform>%n imported</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicate(s)</source>
        <translation><numerusform>%n skipped as duplicate</numerusform><numerusform>%n skipped as duplicates</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after {handled} of %n file(s): {summary}</source>
        <translation><numerusform>Cancelled after {handled} of %n file: {summary}</numerusform><numerusform>Cancelled after {handled} of %n files: {summary}</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Merged {name}: {added} added, {updated} updated, %n conflict(s). Before: {backup}</source>
        <translation><numerusform>Merged {name}: {added} added, {updated} updated, %n conflict. Before: {backup}</numerusform><numerusform>Merged {name}: {added} added, {updated} updated, %n conflicts. Before: {backup}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Suggesting: {done} of %n imported article(s)</source>
        <translation><numerusform>Suggesting: {done} of %n imported article</numerusform><numerusform>Suggesting: {done} of %n imported articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Suggestions ready for %n imported article(s)</source>
        <translation><numerusform>Suggestions ready for %n imported article</numerusform><numerusform>Suggestions ready for %n imported articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n now cover(s) edited words: check them.</source>
        <translation><numerusform>%n now covers edited words: check it.</numerusform><numerusform>%n now cover edited words: check them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n could not be placed with confidence. They are kept in the Orphans tab: select their words in the text and press Place Here.</source>
        <translation><numerusform>%n could not be placed with confidence. It is kept in the Orphans tab: select its words in the text and press Place Here.</numerusform><numerusform>%n could not be placed with confidence. They are kept in the Orphans tab: select their words in the text and press Place Here.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) have this status; change them first.</source>
        <translation><numerusform>%n annotation has this status; change it first.</numerusform><numerusform>%n annotations have this status; change them first.</numerusform></translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation><numerusform>%n added</numerusform><numerusform>%n added</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation><numerusform>%n updated</numerusform><numerusform>%n updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation><numerusform>%n in conflict</numerusform><numerusform>%n in conflict</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>articles: %n matched to ours by their text</source>
        <translation><numerusform>articles: %n matched to ours by their text</numerusform><numerusform>articles: %n matched to ours by their text</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n re-anchored in revised articles</source>
        <translation><numerusform>%n re-anchored in revised articles</numerusform><numerusform>%n re-anchored in revised articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n could not be placed (orphans)</source>
        <translation><numerusform>%n could not be placed (orphans)</numerusform><numerusform>%n could not be placed (orphans)</numerusform></translation>
    </message>
</context>
<context>
    <name>OrphansView</name>
    <message numerus="yes">
        <source>%n annotation(s) lost their place when the text was revised. Select the words one belongs to in the article, then press Place Here.</source>
        <translation><numerusform>%n annotation lost its place when the text was revised. Select the words one belongs to in the article, then press Place Here.</numerusform><numerusform>%n annotations lost their place when the text was revised. Select the words one belongs to in the article, then press Place Here.</numerusform></translation>
    </message>
</context>
<context>
    <name>PartiesChart</name>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation><numerusform>%Ln quote</numerusform><numerusform>%Ln quotes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s)</source>
        <translation><numerusform>%Ln mention</numerusform><numerusform>%Ln mentions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation><numerusform>%Ln claim</numerusform><numerusform>%Ln claims</numerusform></translation>
    </message>
</context>
<context>
    <name>ProjectAccess</name>
    <message numerus="yes">
        <source>it has shown no sign of life for %n minute(s)</source>
        <translation><numerusform>it has shown no sign of life for %n minute</numerusform><numerusform>it has shown no sign of life for %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) and {annotations} recovered into {target} (everything was read).</source>
        <translation><numerusform>%n article and {annotations} recovered into {target} (everything was read).</numerusform><numerusform>%n articles and {annotations} recovered into {target} (everything was read).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) and {annotations} recovered into {target} (some data could not be read).</source>
        <translation><numerusform>%n article and {annotations} recovered into {target} (some data could not be read).</numerusform><numerusform>%n articles and {annotations} recovered into {target} (some data could not be read).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) recovered</source>
        <translation><numerusform>%n row recovered</numerusform><numerusform>%n rows recovered</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{table}: {rows}, some rows could not be read, %n dropped (damaged, or what they belonged to was lost)</source>
        <translation><numerusform>{table}: {rows}, some rows could not be read, %n dropped (damaged, or what they belonged to was lost)</numerusform><numerusform>{table}: {rows}, some rows could not be read, %n dropped (damaged, or what they belonged to was lost)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{table}: {rows}, %n dropped (damaged, or what they belonged to was lost)</source>
        <translation><numerusform>{table}: {rows}, %n dropped (damaged, or what they belonged to was lost)</numerusform><numerusform>{table}: {rows}, %n dropped (damaged, or what they belonged to was lost)</numerusform></translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message numerus="yes">
        <source>%Ln character(s) ({change} against the current text). Revise replaces the text; Undo puts it back.</source>
        <translation><numerusform>%Ln character ({change} against the current text). Revise replaces the text; Undo puts it back.</numerusform><numerusform>%Ln characters ({change} against the current text). Revise replaces the text; Undo puts it back.</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation><numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
</context>
<context>
    <name>ShareCopyDialog</name>
    <message numerus="yes">
        <source>{title}  (%n annotation(s))</source>
        <translation><numerusform>{title}  (%n annotation)</numerusform><numerusform>{title}  (%n annotations)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The copy: {kept} of %n article(s), without notes.</source>
        <translation><numerusform>The copy: {kept} of %n article, without notes.</numerusform><numerusform>The copy: {kept} of %n articles, without notes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The copy: {kept} of %n article(s), with notes.</source>
        <translation><numerusform>The copy: {kept} of %n article, with notes.</numerusform><numerusform>The copy: {kept} of %n articles, with notes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{target}: %n article(s), {annotations} ({size} MB)</source>
        <translation><numerusform>{target}: %n article, {annotations} ({size} MB)</numerusform><numerusform>{target}: %n articles, {annotations} ({size} MB)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>left out: %n article(s) and their {annotations}</source>
        <translation><numerusform>left out: %n article and its {annotations}</numerusform><numerusform>left out: %n articles and their {annotations}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>left out: %n private note(s)</source>
        <translation><numerusform>left out: %n private note</numerusform><numerusform>left out: %n private notes</numerusform></translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation><numerusform>%Ln article</numerusform><numerusform>%Ln articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln annotation(s)</source>
        <translation><numerusform>%Ln annotation</numerusform><numerusform>%Ln annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified ({share}%)</source>
        <translation><numerusform>%Ln verified ({share}%)</numerusform><numerusform>%Ln verified ({share}%)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphan(s) (not placed since a revision)</source>
        <translation><numerusform>%Ln orphan (not placed since a revision)</numerusform><numerusform>%Ln orphans (not placed since a revision)</numerusform></translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message numerus="yes">
        <source>%n suggestion(s): {quotes}, {figures}, {parties}</source>
        <translation><numerusform>%n suggestion: {quotes}, {figures}, {parties}</numerusform><numerusform>%n suggestions: {quotes}, {figures}, {parties}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation><numerusform>%n quote</numerusform><numerusform>%n quotes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation><numerusform>%n figure</numerusform><numerusform>%n figures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies)</source>
        <translation><numerusform>%n party</numerusform><numerusform>%n parties</numerusform></translation>
    </message>
</context>
<context>
    <name>UnitsChart</name>
    <message numerus="yes">
        <source>%Ln other unit(s)</source>
        <translation><numerusform>%Ln other unit</numerusform><numerusform>%Ln other units</numerusform></translation>
    </message>
</context>
</TS>