<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivityChart</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Work per editor</source>
        <translation>Travail de chaque personne</translation>
    </message>
    <message>
        <source>Annotations created and changed by each editor appear here, per day or per week.</source>
        <translation>Les annotations créées et modifiées par chaque personne apparaissent ici, par jour ou par semaine.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <translation><numerusform>%Ln autre</numerusform><numerusform>%Ln autres</numerusform></translation>
    </message>
    <message>
        <source>Day, {first} to {last}</source>
        <translation>Jour, du {first} au {last}</translation>
    </message>
    <message>
        <source>Day, {first}</source>
        <translation>Jour, {first}</translation>
    </message>
    <message>
        <source>ISO week, {first} to {last}</source>
        <translation>Semaine ISO, de {first} à {last}</translation>
    </message>
    <message>
        <source>ISO week, {first}</source>
        <translation>Semaine ISO, {first}</translation>
    </message>
    <message>
        <source>{created}, {changed}</source>
        <translation>{created}, {changed}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation><numerusform>%Ln créée</numerusform><numerusform>%Ln créées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation><numerusform>%Ln modifiée</numerusform><numerusform>%Ln modifiées</numerusform></translation>
    </message>
    <message>
        <source>{period}: {work}</source>
        <translation>{period} : {work}</translation>
    </message>
    <message>
        <source>{editor}: {work} ({periods})</source>
        <translation>{editor} : {work} ({periods})</translation>
    </message>
    <message>
        <source>{editor}: {work}</source>
        <translation>{editor} : {work}</translation>
    </message>
    <message>
        <source>Annotations created and changed per editor and day, {span}. {details}.</source>
        <translation>Annotations créées et modifiées par personne et par jour, {span}. {details}.</translation>
    </message>
    <message>
        <source>Annotations created and changed per editor and ISO week, {span}. {details}.</source>
        <translation>Annotations créées et modifiées par personne et par semaine ISO, {span}. {details}.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <source>Changed (last change)</source>
        <translation>Modifiées (dernière modification)</translation>
    </message>
    <message>
        <source>{created} · {changed}</source>
        <translation>{created} · {changed}</translation>
    </message>
    <message>
        <source>{count} created</source>
        <comment>a count shortened as 12.3k</comment>
        <translation>{count} créées</translation>
    </message>
    <message>
        <source>{count} changed</source>
        <comment>a count shortened as 12.3k</comment>
        <translation>{count} modifiées</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Personne</translation>
    </message>
</context>
<context>
    <name>AnnotationImportDialog</name>
    <message>
        <source>Import annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Ready to import: {summary}.</source>
        <translation>Prêt à importer : {summary}.</translation>
    </message>
    <message>
        <source>Nothing to import: {summary}.</source>
        <translation>Rien à importer : {summary}.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Annotations not imported, and warnings</source>
        <translation>Annotations non importées et avertissements</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>{result}: {file}: {reason}</source>
        <translation>{result} : {file} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) in {articles}</source>
        <translation><numerusform>%n annotation dans {articles}</numerusform><numerusform>%n annotations dans {articles}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s)</source>
        <translation><numerusform>%n nouvel article</numerusform><numerusform>%n nouveaux articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new category(-ies)</source>
        <translation><numerusform>%n nouvelle catégorie</numerusform><numerusform>%n nouvelles catégories</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation><numerusform>%n ignorée</numerusform><numerusform>%n ignorées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation><numerusform>%n avertissement</numerusform><numerusform>%n avertissements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed</source>
        <translation><numerusform>%n fichier en échec</numerusform><numerusform>%n fichiers en échec</numerusform></translation>
    </message>
    <message>
        <source>{summary}; {part}</source>
        <translation>{summary} ; {part}</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Show category</source>
        <translation>Catégorie affichée</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{app} ran into an error last time. What happened is written in
{report}

Open the report? (Sending it with a description of what you were doing helps fix it.)</source>
        <translation>{app} a rencontré une erreur lors de la dernière session. Ce qui s'est passé est consigné dans
{report}

Ouvrir le rapport ? (L'envoyer avec une description de ce que vous faisiez aide à corriger le problème.)</translation>
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
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Byline</source>
        <translation>Si&amp;gnature</translation>
    </message>
    <message>
        <source>Authors, comma-separated</source>
        <translation>Auteurs, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Publication or agency</source>
        <translation>Publication ou agence</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Date de publication</translation>
    </message>
    <message>
        <source>2023-01-18, 2023-01-18T10:05:00+01:00 or 18 janvier 2023</source>
        <translation>2023-01-18, 2023-01-18T10:05:00+01:00 ou 18 janvier 2023</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Dateline</source>
        <translation>Lieu d'&amp;édition</translation>
    </message>
    <message>
        <source>Place the story was filed from</source>
        <translation>Lieu d'où l'article a été envoyé</translation>
    </message>
    <message>
        <source>Article metadata</source>
        <translation>Métadonnées de l'article</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importé depuis</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>{words} · {characters}</source>
        <translation>{words} · {characters}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation><numerusform>%Ln mot</numerusform><numerusform>%Ln mots</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation><numerusform>%Ln caractère</numerusform><numerusform>%Ln caractères</numerusform></translation>
    </message>
    <message>
        <source>An article needs a title.</source>
        <translation>Un article doit avoir un titre.</translation>
    </message>
    <message>
        <source>A URL starts with http:// or https://.</source>
        <translation>Une URL commence par http:// ou https://.</translation>
    </message>
    <message>
        <source>Cannot read “{text}” as a date.</source>
        <translation>Impossible de lire « {text} » comme une date.</translation>
    </message>
    <message>
        <source>A language code such as fr or en.</source>
        <translation>Un code de langue, par exemple fr ou en.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article text</source>
        <translation>Texte de l'article</translation>
    </message>
    <message>
        <source>Open or import an article to start annotating.</source>
        <translation>Ouvrez ou importez un article pour commencer à annoter.</translation>
    </message>
</context>
<context>
    <name>BackgroundExport</name>
    <message>
        <source>Reading the project…</source>
        <translation>Lecture du projet…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>title</comment>
        <translation>Export</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Préparation de l'export…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>BackgroundWrite</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
</context>
<context>
    <name>CategoryEditor</name>
    <message>
        <source>Edit category</source>
        <translation>Modifier la catégorie</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Nom de la catégorie</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Couleur de la catégorie</translation>
    </message>
    <message>
        <source>Category shortcut</source>
        <translation>Raccourci de la catégorie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Couleur</translation>
    </message>
    <message>
        <source>&amp;Shortcut</source>
        <translation>&amp;Raccourci</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Une catégorie doit avoir un nom.</translation>
    </message>
    <message>
        <source>A category named “{name}” already exists.</source>
        <translation>Une catégorie nommée « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>The shortcut {shortcut} is already used.</source>
        <translation>Le raccourci {shortcut} est déjà utilisé.</translation>
    </message>
    <message>
        <source>{shortcut} is reserved (editing, moving between annotations, help).</source>
        <translation>{shortcut} est réservé (édition, déplacement entre les annotations, aide).</translation>
    </message>
</context>
<context>
    <name>CategoryStatusChart</name>
    <message>
        <source>Annotations by category and status</source>
        <translation>Annotations par catégorie et par statut</translation>
    </message>
    <message>
        <source>Highlight quotes, figures and parties in an article: they are counted here by category and verification status.</source>
        <translation>Surlignez des citations, des chiffres et des parties prenantes dans un article : ils sont comptés ici par catégorie et par statut de vérification.</translation>
    </message>
    <message>
        <source>{category}: {total} ({statuses})</source>
        <translation>{category} : {total} ({statuses})</translation>
    </message>
    <message>
        <source>{category}: {total}</source>
        <translation>{category} : {total}</translation>
    </message>
    <message>
        <source>Live annotations by category and status. {details}.</source>
        <translation>Annotations actives par catégorie et par statut. {details}.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Rien à afficher pour l'instant</translation>
    </message>
    <message>
        <source>Nothing to show yet. {hint}</source>
        <translation>Rien à afficher pour l'instant. {hint}</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit article title</source>
        <translation>Modifier le titre de l'article</translation>
    </message>
    <message>
        <source>Edit article byline</source>
        <translation>Modifier la signature de l'article</translation>
    </message>
    <message>
        <source>Edit article source</source>
        <translation>Modifier la source de l'article</translation>
    </message>
    <message>
        <source>Edit article url</source>
        <translation>Modifier l'URL de l'article</translation>
    </message>
    <message>
        <source>Edit article published</source>
        <translation>Modifier la date de publication de l'article</translation>
    </message>
    <message>
        <source>Edit article language</source>
        <translation>Modifier la langue de l'article</translation>
    </message>
    <message>
        <source>Edit article dateline</source>
        <translation>Modifier le lieu d'édition de l'article</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n annotation(s)</source>
        <translation><numerusform>Supprimer %n annotation</numerusform><numerusform>Supprimer %n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation><numerusform>Importer %n article</numerusform><numerusform>Importer %n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n annotation(s)</source>
        <translation><numerusform>Importer %n annotation</numerusform><numerusform>Importer %n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation><numerusform>Accepter %n suggestion</numerusform><numerusform>Accepter %n suggestions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reject %n suggestion(s)</source>
        <translation><numerusform>Rejeter %n suggestion</numerusform><numerusform>Rejeter %n suggestions</numerusform></translation>
    </message>
    <message>
        <source>Add {category} “{text}”</source>
        <translation>Annoter « {text} » ({category})</translation>
    </message>
    <message>
        <source>Delete “{text}”</source>
        <translation>Supprimer « {text} »</translation>
    </message>
    <message>
        <source>Import “{title}”</source>
        <translation>Importer « {title} »</translation>
    </message>
    <message>
        <source>Delete article “{title}”</source>
        <translation>Supprimer l'article « {title} »</translation>
    </message>
    <message>
        <source>Edit article {field}</source>
        <translation>Modifier le champ {field} de l'article</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>Modifier la preuve</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
    <message>
        <source>Link “{name}”</source>
        <translation>Lier « {name} »</translation>
    </message>
    <message>
        <source>Revise text of “{title}”</source>
        <translation>Réviser le texte de « {title} »</translation>
    </message>
    <message>
        <source>The corrected text is the same as the current one.</source>
        <translation>Le texte corrigé est identique au texte actuel.</translation>
    </message>
    <message>
        <source>Place “{text}”</source>
        <translation>Replacer « {text} »</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Auteur des propos</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur de l'affirmation</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l'article</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>party</source>
        <translation>partie prenante</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuve</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>The two versions</source>
        <translation>Les deux versions</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder &amp;ma version</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Prendre &amp;leur version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{kind}: {label}</source>
        <translation>{kind} : {label}</translation>
    </message>
    <message>
        <source>From {source}, {when}</source>
        <translation>De {source}, {when}</translation>
    </message>
    <message>
        <source>No conflicts left.</source>
        <translation>Plus aucun conflit.</translation>
    </message>
    <message>
        <source>Changed in both copies since they split (theirs from {source}): “{label}”</source>
        <translation>Modifié dans les deux copies depuis leur séparation (leur version vient de {source}) : « {label} »</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Link or document</source>
        <translation>Lien ou document</translation>
    </message>
    <message>
        <source>https://… or a document</source>
        <translation>https://… ou un document</translation>
    </message>
    <message>
        <source>&amp;Document…</source>
        <translation>&amp;Document…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Consulted on</source>
        <translation>Consultée le</translation>
    </message>
    <message>
        <source>2024-03-05, or 5 mars 2024</source>
        <translation>2024-03-05, ou 5 mars 2024</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Note sur la preuve</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Consulted on</source>
        <translation>&amp;Consultée le</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Evidence document</source>
        <translation>Document de preuve</translation>
    </message>
    <message>
        <source>Give a link, a document or a title.</source>
        <translation>Indiquez un lien, un document ou un titre.</translation>
    </message>
    <message>
        <source>The date consulted cannot be read; write it as 2024-03-05 or 5 mars 2024.</source>
        <translation>La date de consultation est illisible ; écrivez-la sous la forme 2024-03-05 ou 5 mars 2024.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Fact-sheet preview</source>
        <translation>Aperçu de la fiche de vérification</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d'export</translation>
    </message>
    <message>
        <source>Current &amp;article (“{title}”)</source>
        <translation>&amp;Article ouvert (« {title} »)</translation>
    </message>
    <message>
        <source>Current &amp;article</source>
        <translation>&amp;Article ouvert</translation>
    </message>
    <message>
        <source>Whole &amp;project</source>
        <translation>&amp;Projet entier</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>Modèle intégré</translation>
    </message>
    <message>
        <source>Fact-sheet template folder</source>
        <translation>Dossier du modèle de fiche de vérification</translation>
    </message>
    <message>
        <source>A copy of the exports/ folder with your newsroom's factsheet.html and factsheet.css</source>
        <translation>Une copie du dossier exports/ avec les fichiers factsheet.html et factsheet.css de votre rédaction</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>&amp;Enregistrer dans</translation>
    </message>
    <message>
        <source>&amp;Template (HTML)</source>
        <translation>&amp;Modèle (HTML)</translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Pas d'aperçu : {error}</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez le fichier vers lequel exporter.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any category</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous statuts</translation>
    </message>
    <message>
        <source>Any party</source>
        <translation>Toutes parties prenantes</translation>
    </message>
    <message>
        <source>Any editor</source>
        <translation>Toutes personnes</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrer par catégorie</translation>
    </message>
    <message>
        <source>Show only articles and annotations of this category</source>
        <translation>N'afficher que les articles et les annotations de cette catégorie</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Show only articles and annotations of this status</source>
        <translation>N'afficher que les articles et les annotations ayant ce statut</translation>
    </message>
    <message>
        <source>Filter by party</source>
        <translation>Filtrer par partie prenante</translation>
    </message>
    <message>
        <source>Show only articles and annotations of this party</source>
        <translation>N'afficher que les articles et les annotations liés à cette partie prenante</translation>
    </message>
    <message>
        <source>Filter by editor</source>
        <translation>Filtrer par personne</translation>
    </message>
    <message>
        <source>Show only articles and annotations of this editor</source>
        <translation>N'afficher que les articles et les annotations de cette personne</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l'article</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>{current} sur {count}</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n occurrence</numerusform><numerusform>%n occurrences</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>Recherche des fichiers…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>{path}: not stored ({error})</source>
        <translation>{path} : non enregistré ({error})</translation>
    </message>
    <message numerus="yes">
        <source>Reading {index} of {total}: {name}
%n imported · {rate} files/s</source>
        <translation><numerusform>Lecture du fichier {index} sur {total} : {name}
%n importé · {rate} fichiers/s</numerusform><numerusform>Lecture du fichier {index} sur {total} : {name}
%n importés · {rate} fichiers/s</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>Bilan de l'importation</translation>
    </message>
    <message>
        <source>Skipped (duplicate)</source>
        <translation>Ignoré (doublon)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Files not imported</source>
        <translation>Fichiers non importés</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <source>{path}: already in the project as “{title}”</source>
        <translation>{path} : déjà dans le projet sous le titre « {title} »</translation>
    </message>
    <message>
        <source>skipped: {reason}</source>
        <translation>ignoré : {reason}</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>échec : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation><numerusform>%n importé</numerusform><numerusform>%n importés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as duplicate(s)</source>
        <translation><numerusform>%n ignoré (doublon)</numerusform><numerusform>%n ignorés (doublons)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n en échec</numerusform><numerusform>%n en échec</numerusform></translation>
    </message>
    <message>
        <source>{imported}, {duplicates}, {failed}.</source>
        <translation>{imported}, {duplicates}, {failed}.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after {handled} of %n file(s): {summary}</source>
        <translation><numerusform>Annulé après {handled} sur %n fichier : {summary}</numerusform><numerusform>Annulé après {handled} sur %n fichiers : {summary}</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Newsroom Annotator projects (*{suffix})</source>
        <translation>Projets Newsroom Annotator (*{suffix})</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>News agency XML (NewsML-G2, NITF, NewsML 1)</source>
        <translation>XML d'agence de presse (NewsML-G2, NITF, NewsML 1)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>Articles ({patterns});;{kinds};;Project JSON (*.json);;All files (*)</source>
        <translation>Articles ({patterns});;{kinds};;Projet JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Article details</source>
        <translation>Détails de l'article</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Avis de lecture seule</translation>
    </message>
    <message>
        <source>Annotations and article details</source>
        <translation>Annotations et détails de l'article</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>Détails de l'article</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Orphans ({count})</source>
        <translation>Orphelines ({count})</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orphelines</translation>
    </message>
    <message>
        <source>Search</source>
        <comment>tab</comment>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop suggesting for the imported articles</source>
        <translation>Arrêter les suggestions pour les articles importés</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Save a Copy for S&amp;haring…</source>
        <translation>Enregistrer une copie à &amp;partager…</translation>
    </message>
    <message>
        <source>A copy for a colleague, without private notes or some articles if you choose; merging it back keeps yours</source>
        <translation>Une copie pour un ou une collègue, sans les notes privées ou sans certains articles si vous le souhaitez ; la fusionner ensuite conserve les vôtres</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>&amp;Importer des articles…</translation>
    </message>
    <message>
        <source>Import web pages, agency XML, Word, text or Markdown files (or drop files and folders on the window)</source>
        <translation>Importer des pages web, des dépêches d'agence en XML, des fichiers Word, texte ou Markdown (ou déposez des fichiers et des dossiers sur la fenêtre)</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import every article in a folder and its sub-folders</source>
        <translation>Importer tous les articles d'un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <source>Import A&amp;nnotations…</source>
        <translation>Importer des anno&amp;tations…</translation>
    </message>
    <message>
        <source>Import W3C Web Annotations (.jsonld) or brat standoff (.ann) files</source>
        <translation>Importer des fichiers W3C Web Annotations (.jsonld) ou brat standoff (.ann)</translation>
    </message>
    <message>
        <source>Article &amp;Details</source>
        <translation>&amp;Détails de l'article</translation>
    </message>
    <message>
        <source>Show and edit the title, byline, source, URL, date and language</source>
        <translation>Afficher et modifier le titre, la signature, la source, l'URL, la date et la langue</translation>
    </message>
    <message>
        <source>&amp;Revise Article Text…</source>
        <translation>Réviser le te&amp;xte de l'article…</translation>
    </message>
    <message>
        <source>Replace the article's text with a corrected version; annotations follow their words</source>
        <translation>Remplacer le texte de l'article par une version corrigée ; les annotations suivent leurs mots</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>Co&amp;ller comme nouvel article</translation>
    </message>
    <message>
        <source>Create an article from the text on the clipboard</source>
        <translation>Créer un article à partir du texte du presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Supprimer l'a&amp;nnotation</translation>
    </message>
    <message>
        <source>Delete &amp;Article</source>
        <translation>Supprimer l'ar&amp;ticle</translation>
    </message>
    <message>
        <source>Delete Article</source>
        <translation>Supprimer l'article</translation>
    </message>
    <message>
        <source>&amp;Categories…</source>
        <translation>&amp;Catégories…</translation>
    </message>
    <message>
        <source>S&amp;tatuses…</source>
        <translation>S&amp;tatuts…</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>P&amp;arties prenantes</translation>
    </message>
    <message>
        <source>Every party with its mentions and quotes; merge</source>
        <translation>Toutes les parties prenantes, avec leurs mentions et leurs citations ; fusion</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>Statisti&amp;ques…</translation>
    </message>
    <message>
        <source>Annotations by category and status, most quoted parties, figures by unit and work per editor, for the project or the open article</source>
        <translation>Annotations par catégorie et par statut, parties prenantes les plus citées, chiffres par unité et travail de chaque personne, pour le projet ou l'article ouvert</translation>
    </message>
    <message>
        <source>Project &amp;Settings…</source>
        <translation>Ré&amp;glages du projet…</translation>
    </message>
    <message>
        <source>&amp;Suggest Annotations</source>
        <translation>Su&amp;ggérer des annotations</translation>
    </message>
    <message>
        <source>Find quotes, figures and parties in this article, to accept or reject</source>
        <translation>Trouver les citations, chiffres et parties prenantes de cet article, à accepter ou à rejeter</translation>
    </message>
    <message>
        <source>Suggest When an Article &amp;Opens</source>
        <translation>Suggérer à l'&amp;ouverture d'un article</translation>
    </message>
    <message>
        <source>Suggest for &amp;Imported Articles</source>
        <translation>Suggérer pour les articles &amp;importés</translation>
    </message>
    <message>
        <source>After an import, find suggestions for every new article in the background</source>
        <translation>Après une importation, chercher en arrière-plan des suggestions pour chaque nouvel article</translation>
    </message>
    <message>
        <source>Editor &amp;Name…</source>
        <translation>&amp;Votre nom…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Your name and organisation, export folder and template, suggestions, and how articles read</source>
        <translation>Votre nom et votre organisation, le dossier et le modèle d'export, les suggestions et l'affichage des articles</translation>
    </message>
    <message>
        <source>&amp;Merge a Copy…</source>
        <translation>&amp;Fusionner une copie…</translation>
    </message>
    <message>
        <source>Bring in a colleague's copy of this project: their changes, and both versions of what you both changed</source>
        <translation>Intégrer la copie de ce projet d'un ou une collègue : ses modifications, et les deux versions de ce que vous avez modifié l'un et l'autre</translation>
    </message>
    <message>
        <source>Merge &amp;Conflicts…</source>
        <translation>Conflits de fu&amp;sion…</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <source>Search &amp;Project…</source>
        <translation>Rechercher dans le pro&amp;jet…</translation>
    </message>
    <message>
        <source>Find words in every article and annotation of the project</source>
        <translation>Rechercher des mots dans tous les articles et toutes les annotations du projet</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Rec&amp;hercher dans l'article…</translation>
    </message>
    <message>
        <source>Find words in the open article</source>
        <translation>Rechercher des mots dans l'article ouvert</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence s&amp;uivante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>Ne&amp;xt Annotation</source>
        <translation>Annotation &amp;suivante</translation>
    </message>
    <message>
        <source>Select the next annotation in the text</source>
        <translation>Sélectionner l'annotation suivante dans le texte</translation>
    </message>
    <message>
        <source>Pre&amp;vious Annotation</source>
        <translation>Annotation &amp;précédente</translation>
    </message>
    <message>
        <source>Select the previous annotation in the text</source>
        <translation>Sélectionner l'annotation précédente dans le texte</translation>
    </message>
    <message>
        <source>Next S&amp;uggestion</source>
        <translation>Suggestion sui&amp;vante</translation>
    </message>
    <message>
        <source>Show the next suggestion; then Enter accepts it, Backspace rejects it</source>
        <translation>Montrer la suggestion suivante ; Entrée l'accepte, Retour arrière la rejette</translation>
    </message>
    <message>
        <source>Previous Su&amp;ggestion</source>
        <translation>Suggestion précé&amp;dente</translation>
    </message>
    <message>
        <source>Show the previous suggestion</source>
        <translation>Montrer la suggestion précédente</translation>
    </message>
    <message>
        <source>Stic&amp;ky Category</source>
        <translation>Catégorie pe&amp;rsistante</translation>
    </message>
    <message>
        <source>Mark each new selection in the text with the last category used</source>
        <translation>Marquer chaque nouvelle sélection du texte avec la dernière catégorie utilisée</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every shortcut of the window, with a filter</source>
        <translation>Tous les raccourcis de la fenêtre, avec un filtre</translation>
    </message>
    <message>
        <source>&amp;Datasette Metadata…</source>
        <translation>&amp;Métadonnées Datasette…</translation>
    </message>
    <message>
        <source>Titles and canned queries (quotes by status, figures by party) for browsing this project in Datasette without the app</source>
        <translation>Titres et requêtes prêtes (citations par statut, chiffres par partie prenante) pour consulter ce projet dans Datasette sans l'application</translation>
    </message>
    <message>
        <source>&amp;Next Panel</source>
        <translation>Panneau &amp;suivant</translation>
    </message>
    <message>
        <source>Move the keyboard to the next panel: list, text, side panel</source>
        <translation>Passer au panneau suivant : liste, texte, panneau latéral</translation>
    </message>
    <message>
        <source>&amp;Previous Panel</source>
        <translation>Panneau &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Article List</source>
        <translation>&amp;Liste des articles</translation>
    </message>
    <message>
        <source>Article &amp;Text</source>
        <translation>&amp;Texte de l'article</translation>
    </message>
    <message>
        <source>&amp;Side Panel</source>
        <translation>Pa&amp;nneau latéral</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnoter</translation>
    </message>
    <message>
        <source>Set St&amp;atus</source>
        <translation>Définir le stat&amp;ut</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <comment>toolbar</comment>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>Mark the selection as {category}</source>
        <translation>Marquer la sélection comme « {category} »</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can read, search and export; changes cannot be saved.</source>
        <translation>Lecture seule : {reason}. Vous pouvez lire, rechercher et exporter ; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d'ouvrir le projet</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <source>the project file is damaged</source>
        <translation>le fichier du projet est endommagé</translation>
    </message>
    <message>
        <source>Damaged project</source>
        <translation>Projet endommagé</translation>
    </message>
    <message>
        <source>{problem}

The project is now read-only: nothing more will be written to it. Save a copy, or recover it with `annotator check --recover`.</source>
        <translation>{problem}

Le projet est désormais en lecture seule : plus rien n'y sera écrit. Enregistrez-en une copie, ou récupérez-le avec `annotator check --recover`.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>{path}: a file with this name already exists</source>
        <translation>{path} : un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>Cannot open the sample project</source>
        <translation>Impossible d'ouvrir le projet d'exemple</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path} : {error}</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Saving a copy as {name}…</source>
        <translation>Enregistrement d'une copie sous {name}…</translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation>Copie enregistrée dans {path}</translation>
    </message>
    <message>
        <source>{path}: </source>
        <translation>{path} : </translation>
    </message>
    <message>
        <source>{title} cancelled: nothing was changed.</source>
        <translation>{title} : opération annulée, rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Save a copy for sharing</source>
        <translation>Enregistrer une copie à partager</translation>
    </message>
    <message>
        <source>Saving a copy for sharing as {name}…</source>
        <translation>Enregistrement d'une copie à partager sous {name}…</translation>
    </message>
    <message>
        <source>Copy for sharing saved: {report}</source>
        <translation>Copie à partager enregistrée : {report}</translation>
    </message>
    <message>
        <source>No copy was saved: </source>
        <translation>Aucune copie n'a été enregistrée : </translation>
    </message>
    <message>
        <source>Merge a copy of the project</source>
        <translation>Fusionner une copie du projet</translation>
    </message>
    <message>
        <source>Merge</source>
        <comment>title</comment>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Comparing with {name}…</source>
        <translation>Comparaison avec {name}…</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Enregistrement de {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Merged {name}: {added} added, {updated} updated, %n conflict(s). Before: {backup}</source>
        <translation><numerusform>Fusion de {name} terminée — ajouts : {added}, mises à jour : {updated}, %n conflit. Sauvegarde d'avant la fusion : {backup}</numerusform><numerusform>Fusion de {name} terminée — ajouts : {added}, mises à jour : {updated}, %n conflits. Sauvegarde d'avant la fusion : {backup}</numerusform></translation>
    </message>
    <message>
        <source>Merging {name}…</source>
        <translation>Fusion de {name}…</translation>
    </message>
    <message>
        <source>Nothing was merged: </source>
        <translation>Rien n'a été fusionné : </translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>Importer un dossier d'articles</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>title</comment>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Ouvrez ou créez d'abord un projet.</translation>
    </message>
    <message>
        <source>{reason}: nothing can be imported into a read-only project.</source>
        <translation>{reason} : rien ne peut être importé dans un projet en lecture seule.</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to end or cancel it first.</source>
        <translation>Une importation est déjà en cours ; attendez qu'elle se termine ou annulez-la d'abord.</translation>
    </message>
    <message>
        <source>Load the project data in {name}? This cannot be undone.</source>
        <translation>Charger les données de projet de {name} ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Annotation files (*.jsonld *.json *.ann *.qdpx);;W3C Web Annotations (*.jsonld *.json);;brat standoff (*.ann);;REFI-QDA project (*.qdpx);;All files (*)</source>
        <translation>Fichiers d'annotations (*.jsonld *.json *.ann *.qdpx);;W3C Web Annotations (*.jsonld *.json);;brat standoff (*.ann);;Projet REFI-QDA (*.qdpx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported {summary}.</source>
        <translation>Importé : {summary}.</translation>
    </message>
    <message>
        <source>Paste as new article</source>
        <translation>Coller comme nouvel article</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Le presse-papiers ne contient pas de texte.</translation>
    </message>
    <message>
        <source>This text is already in the project as “{title}”.</source>
        <translation>Ce texte est déjà dans le projet sous le titre « {title} ».</translation>
    </message>
    <message>
        <source>Looking for quotes, figures and parties…</source>
        <translation>Recherche des citations, chiffres et parties prenantes…</translation>
    </message>
    <message numerus="yes">
        <source>Suggesting: {done} of %n imported article(s)</source>
        <translation><numerusform>Suggestions : {done} sur %n article importé</numerusform><numerusform>Suggestions : {done} sur %n articles importés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Suggestions ready for %n imported article(s)</source>
        <translation><numerusform>Suggestions prêtes pour %n article importé</numerusform><numerusform>Suggestions prêtes pour %n articles importés</numerusform></translation>
    </message>
    <message>
        <source>Press Suggest (Ctrl+Alt+S) to find quotes, figures and parties.</source>
        <translation>Cliquez sur « Suggérer » (Ctrl+Alt+S) pour trouver les citations, les chiffres et les parties prenantes.</translation>
    </message>
    <message>
        <source>Select some text to annotate first.</source>
        <translation>Sélectionnez d'abord le texte à annoter.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Modifier le statut</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Edit rating</source>
        <translation>Modifier le verdict</translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation>Modifier l'auteur des propos</translation>
    </message>
    <message>
        <source>Edit claimant</source>
        <translation>Modifier l'auteur de l'affirmation</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>Modifier la partie prenante</translation>
    </message>
    <message>
        <source>Edit value</source>
        <translation>Modifier la valeur</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Modifier l'unité</translation>
    </message>
    <message>
        <source>Edit reference date</source>
        <translation>Modifier la date de référence</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Modifier {field}</translation>
    </message>
    <message>
        <source>No annotation after this one.</source>
        <translation>Aucune annotation après celle-ci.</translation>
    </message>
    <message>
        <source>No annotation before this one.</source>
        <translation>Aucune annotation avant celle-ci.</translation>
    </message>
    <message>
        <source>No suggestion to show: press Suggest (Ctrl+Alt+S) first.</source>
        <translation>Aucune suggestion à montrer : lancez d'abord Suggérer (Ctrl+Alt+S).</translation>
    </message>
    <message>
        <source>No suggestion after this one.</source>
        <translation>Aucune suggestion après celle-ci.</translation>
    </message>
    <message>
        <source>No suggestion before this one.</source>
        <translation>Aucune suggestion avant celle-ci.</translation>
    </message>
    <message>
        <source>Sticky category: each selection becomes a {category} (Annotate ▸ Sticky Category to stop).</source>
        <translation>Catégorie persistante : chaque sélection est marquée « {category} » (Annoter ▸ Catégorie persistante pour arrêter).</translation>
    </message>
    <message>
        <source>Sticky category off.</source>
        <translation>Catégorie persistante désactivée.</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>Projet en lecture seule</translation>
    </message>
    <message>
        <source>{reason}: the change was not saved.</source>
        <translation>{reason} : la modification n'a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Could not save the change</source>
        <translation>Impossible d'enregistrer la modification</translation>
    </message>
    <message>
        <source>The text is unchanged.</source>
        <translation>Le texte n'a pas changé.</translation>
    </message>
    <message>
        <source>Revise article text</source>
        <translation>Réviser le texte de l'article</translation>
    </message>
    <message>
        <source>Placing the annotations in the corrected text…</source>
        <translation>Placement des annotations dans le texte corrigé…</translation>
    </message>
    <message>
        <source>Text revised: {summary}.</source>
        <translation>Texte révisé : {summary}.</translation>
    </message>
    <message>
        <source>Annotations: {summary}.</source>
        <translation>Annotations : {summary}.</translation>
    </message>
    <message numerus="yes">
        <source>%n now cover(s) edited words: check them.</source>
        <translation><numerusform>%n annotation porte désormais sur des mots modifiés : vérifiez-la.</numerusform><numerusform>%n annotations portent désormais sur des mots modifiés : vérifiez-les.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n could not be placed with confidence. They are kept in the Orphans tab: select their words in the text and press Place Here.</source>
        <translation><numerusform>%n annotation n'a pas pu être placée avec certitude. Elle est conservée dans l'onglet Orphelines : sélectionnez ses mots dans le texte et cliquez sur « Placer ici ».</numerusform><numerusform>%n annotations n'ont pas pu être placées avec certitude. Elles sont conservées dans l'onglet Orphelines : sélectionnez leurs mots dans le texte et cliquez sur « Placer ici ».</numerusform></translation>
    </message>
    <message>
        <source>Edit ▸ Undo puts the old text and every annotation back.</source>
        <translation>Édition ▸ Annuler rétablit l'ancien texte et toutes les annotations.</translation>
    </message>
    <message>
        <source>Article text revised</source>
        <translation>Texte de l'article révisé</translation>
    </message>
    <message>
        <source>{unchanged} unchanged, {moved} moved ({edited} with edited words), {orphaned} orphaned</source>
        <translation>inchangées : {unchanged}, déplacées : {moved} (dont {edited} aux mots modifiés), orphelines : {orphaned}</translation>
    </message>
    <message>
        <source>{unchanged} unchanged, {moved} moved, {orphaned} orphaned</source>
        <translation>inchangées : {unchanged}, déplacées : {moved}, orphelines : {orphaned}</translation>
    </message>
    <message>
        <source>Select the words this annotation belongs to, then press Place Here.</source>
        <translation>Sélectionnez les mots auxquels appartient cette annotation, puis cliquez sur « Placer ici ».</translation>
    </message>
    <message>
        <source>Categories</source>
        <comment>title</comment>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Select an annotation first (J and K go through them).</source>
        <translation>Choisissez d'abord une annotation (J et K les parcourent).</translation>
    </message>
    <message>
        <source>“{name}” is not a party of this project yet. Add it?</source>
        <translation>« {name} » n'est pas encore une partie prenante de ce projet. L'ajouter ?</translation>
    </message>
    <message>
        <source>A status needs a name.</source>
        <translation>Un statut doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a status called “{name}”.</source>
        <translation>Il existe déjà un statut nommé « {name} ».</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) have this status; change them first.</source>
        <translation><numerusform>%n annotation a ce statut ; modifiez d'abord son statut.</numerusform><numerusform>%n annotations ont ce statut ; modifiez d'abord leur statut.</numerusform></translation>
    </message>
    <message>
        <source>The status new annotations start with cannot be deleted.</source>
        <translation>Le statut initial des nouvelles annotations ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Une catégorie doit avoir un nom.</translation>
    </message>
    <message>
        <source>A category named “{name}” already exists.</source>
        <translation>Une catégorie nommée « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>{category}: {count}</source>
        <translation>{category} : {count}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l'export</translation>
    </message>
    <message>
        <source>{path}: cannot write: {error}</source>
        <translation>{path} : écriture impossible : {error}</translation>
    </message>
    <message>
        <source>Export cancelled: {name} was not written</source>
        <translation>Export annulé : {name} n'a pas été écrit</translation>
    </message>
    <message>
        <source>{path}: export failed: {error}</source>
        <translation>{path} : échec de l'export : {error}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté dans {path}</translation>
    </message>
    <message>
        <source>Save Datasette Metadata</source>
        <translation>Enregistrer les métadonnées Datasette</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Datasette metadata</source>
        <translation>Métadonnées Datasette</translation>
    </message>
    <message>
        <source>Saved {path}. Browse the project with: {command} (copied)</source>
        <translation>{path} enregistré. Consultez le projet avec : {command} (copié)</translation>
    </message>
    <message>
        <source>Editor name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Name recorded on your annotations:</source>
        <translation>Nom enregistré sur vos annotations :</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>{app} {version}

Highlight quotes, figures and parties in press articles and export fact sheets.</source>
        <translation>{app} {version}

Surlignez les citations, les chiffres et les parties prenantes des articles de presse, et exportez des fiches de vérification.</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <source>statuses</source>
        <translation>statuts</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>parties prenantes</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuves</translation>
    </message>
    <message>
        <source>Merge a copy of the project</source>
        <translation>Fusionner une copie du projet</translation>
    </message>
    <message>
        <source>Merging cannot be undone with Undo: the project as it is now is first saved beside it as {backup}. Rows changed in both copies are kept in both versions for you to choose (Edit ▸ Merge Conflicts…).</source>
        <translation>La fusion ne peut pas être défaite avec Annuler : le projet tel qu'il est maintenant est d'abord enregistré à côté, sous le nom {backup}. Les éléments modifiés dans les deux copies sont conservés dans leurs deux versions, pour que vous choisissiez (Édition ▸ Conflits de fusion…).</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation><numerusform>%n ajout</numerusform><numerusform>%n ajouts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation><numerusform>%n mise à jour</numerusform><numerusform>%n mises à jour</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation><numerusform>%n en conflit</numerusform><numerusform>%n en conflit</numerusform></translation>
    </message>
    <message>
        <source>{table}: {changes}</source>
        <translation>{table} : {changes}</translation>
    </message>
    <message numerus="yes">
        <source>articles: %n matched to ours by their text</source>
        <translation><numerusform>articles : %n rapproché des nôtres par son texte</numerusform><numerusform>articles : %n rapprochés des nôtres par leur texte</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n re-anchored in revised articles</source>
        <translation><numerusform>%n replacée dans les articles révisés</numerusform><numerusform>%n replacées dans les articles révisés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n could not be placed (orphans)</source>
        <translation><numerusform>%n n'a pas pu être placée (orpheline)</numerusform><numerusform>%n n'ont pas pu être placées (orphelines)</numerusform></translation>
    </message>
    <message>
        <source>annotations: {reanchored}, {orphaned}</source>
        <translation>annotations : {reanchored}, {orphaned}</translation>
    </message>
    <message>
        <source>annotations: {reanchored}</source>
        <translation>annotations : {reanchored}</translation>
    </message>
    <message>
        <source>nothing to merge: this project already has everything in {name}</source>
        <translation>rien à fusionner : ce projet contient déjà tout ce que contient {name}</translation>
    </message>
    <message>
        <source>from {name}, these changes would be merged:</source>
        <translation>depuis {name}, ces modifications seraient fusionnées :</translation>
    </message>
</context>
<context>
    <name>MergeTargetDialog</name>
    <message>
        <source>Merge “{name}” Into…</source>
        <translation>Fusionner « {name} » avec…</translation>
    </message>
    <message>
        <source>Filter by name or alias</source>
        <translation>Filtrer par nom ou alias</translation>
    </message>
    <message>
        <source>Filter parties</source>
        <translation>Filtrer les parties prenantes</translation>
    </message>
    <message>
        <source>Target party</source>
        <translation>Partie prenante cible</translation>
    </message>
    <message>
        <source>Also: {aliases}</source>
        <translation>Autres noms : {aliases}</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Fold “{name}” and its links into:</source>
        <translation>Intégrer « {name} » et ses liens à :</translation>
    </message>
</context>
<context>
    <name>OrphansView</name>
    <message>
        <source>Orphaned annotations</source>
        <translation>Annotations orphelines</translation>
    </message>
    <message>
        <source>&amp;Place Here</source>
        <translation>&amp;Placer ici</translation>
    </message>
    <message>
        <source>Select the words this annotation belongs to in the article, then press here</source>
        <translation>Sélectionnez dans l'article les mots auxquels se rapporte cette annotation, puis cliquez ici</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this annotation (Undo brings it back)</source>
        <translation>Supprimer cette annotation (Annuler la rétablit)</translation>
    </message>
    <message>
        <source>{category}: “{text}”</source>
        <translation>{category} : « {text} »</translation>
    </message>
    <message>
        <source>No orphaned annotations in this article.</source>
        <translation>Aucune annotation orpheline dans cet article.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) lost their place when the text was revised. Select the words one belongs to in the article, then press Place Here.</source>
        <translation><numerusform>%n annotation a perdu sa place lors de la révision du texte. Sélectionnez dans l'article les mots auxquels elle se rapporte, puis cliquez sur « Placer ici ».</numerusform><numerusform>%n annotations ont perdu leur place lors de la révision du texte. Sélectionnez dans l'article les mots auxquels l'une d'elles se rapporte, puis cliquez sur « Placer ici ».</numerusform></translation>
    </message>
    <message>
        <source>Was: …{before}[{text}]{after}…</source>
        <translation>Avant : …{before}[{text}]{after}…</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
</context>
<context>
    <name>PartiesChart</name>
    <message>
        <source>Most quoted parties</source>
        <translation>Parties prenantes les plus citées</translation>
    </message>
    <message>
        <source>Link quotes to their speaker, party mentions to their party and claims to their claimant to see who is quoted most.</source>
        <translation>Reliez les citations à l'auteur des propos, les mentions à leur partie prenante et les affirmations à leur auteur pour voir qui est le plus cité.</translation>
    </message>
    <message>
        <source>Quotes, mentions and claims</source>
        <translation>Citations, mentions et affirmations</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Quotes (speaker)</source>
        <translation>Citations (auteur des propos)</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Claims (claimant)</source>
        <translation>Affirmations (auteur de l'affirmation)</translation>
    </message>
    <message>
        <source>{party}: {quotes}, {mentions}, {claims}</source>
        <translation>{party} : {quotes}, {mentions}, {claims}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln quote(s)</source>
        <translation><numerusform>%Ln citation</numerusform><numerusform>%Ln citations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln mention(s)</source>
        <translation><numerusform>%Ln mention</numerusform><numerusform>%Ln mentions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s)</source>
        <translation><numerusform>%Ln affirmation</numerusform><numerusform>%Ln affirmations</numerusform></translation>
    </message>
    <message>
        <source>Most quoted parties, most quotes first. {details}.</source>
        <translation>Parties prenantes les plus citées, de la plus citée à la moins citée. {details}.</translation>
    </message>
</context>
<context>
    <name>PartiesView</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Quote — “{text}” — {title}</source>
        <translation>Citation — « {text} » — {title}</translation>
    </message>
    <message>
        <source>Claim — “{text}” — {title}</source>
        <translation>Affirmation — « {text} » — {title}</translation>
    </message>
    <message>
        <source>Mention — “{text}” — {title}</source>
        <translation>Mention — « {text} » — {title}</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Filter by name or alias</source>
        <translation>Filtrer par nom ou alias</translation>
    </message>
    <message>
        <source>Filter parties</source>
        <translation>Filtrer les parties prenantes</translation>
    </message>
    <message>
        <source>Party list</source>
        <translation>Liste des parties prenantes</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>Merge into another party</source>
        <translation>Fusionner avec une autre partie prenante</translation>
    </message>
    <message>
        <source>Other names, comma-separated</source>
        <translation>Autres noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>Who or what this is, for the desk</source>
        <translation>Qui est-ce ou de quoi s'agit-il, pour la rédaction</translation>
    </message>
    <message>
        <source>Mentions and quotes</source>
        <translation>Mentions et citations</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Al&amp;iases</source>
        <translation>Al&amp;ias</translation>
    </message>
    <message>
        <source>Des&amp;cription</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Mentions and &amp;quotes</source>
        <translation>Mentions et &amp;citations</translation>
    </message>
</context>
<context>
    <name>PartyCommands</name>
    <message>
        <source>Edit kind of “{name}”</source>
        <translation>Modifier le type de « {name} »</translation>
    </message>
    <message>
        <source>Edit aliases of “{name}”</source>
        <translation>Modifier les alias de « {name} »</translation>
    </message>
    <message>
        <source>Edit description of “{name}”</source>
        <translation>Modifier la description de « {name} »</translation>
    </message>
    <message>
        <source>Rename “{old}” to “{new}”</source>
        <translation>Renommer « {old} » en « {new} »</translation>
    </message>
    <message>
        <source>Merge “{source}” into “{target}”</source>
        <translation>Fusionner « {source} » dans « {target} »</translation>
    </message>
</context>
<context>
    <name>PartyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>{name}
Also: {aliases}</source>
        <translation>{name}
Autres noms : {aliases}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pages des préférences</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Exports and suggestions</source>
        <translation>E&amp;xports et suggestions</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Shortcuts</source>
        <translation>&amp;Raccourcis</translation>
    </message>
    <message>
        <source>Editor name</source>
        <translation>Nom de l'éditeur</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l'organisation</translation>
    </message>
    <message>
        <source>The newsroom that publishes the fact-checks</source>
        <translation>La rédaction qui publie les vérifications</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Adresse web de l'organisation</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Editor &amp;name</source>
        <translation>&amp;Nom de l'éditeur</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Organisation &amp;URL</source>
        <translation>&amp;URL de l'organisation</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <source>The system's ({language})</source>
        <translation>Celle du système ({language})</translation>
    </message>
    <message>
        <source>A new language shows at the next start.</source>
        <translation>La nouvelle langue s'affichera au prochain démarrage.</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>Thème de couleurs</translation>
    </message>
    <message>
        <source>The system's</source>
        <translation>Celui du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast (categories also told apart by their underline)</source>
        <translation>Contraste élevé (catégories distinguées aussi par leur soulignement)</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>L&amp;angue</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Dossier d'export par défaut</translation>
    </message>
    <message>
        <source>Fact sheet template folder</source>
        <translation>Dossier du modèle de fiche de vérification</translation>
    </message>
    <message>
        <source>The built-in template</source>
        <translation>Le modèle intégré</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Export &amp;folder</source>
        <translation>&amp;Dossier d'export</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d'export</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Choisir le dossier d'export</translation>
    </message>
    <message>
        <source>Fact sheet &amp;template</source>
        <translation>&amp;Modèle de fiche de vérification</translation>
    </message>
    <message>
        <source>Template folder</source>
        <translation>Dossier du modèle</translation>
    </message>
    <message>
        <source>Choose the template folder</source>
        <translation>Choisir le dossier du modèle</translation>
    </message>
    <message>
        <source>Suggest annotations for imported articles</source>
        <translation>Suggérer des annotations pour les articles importés</translation>
    </message>
    <message>
        <source>Suggest annotations when an article opens</source>
        <translation>Suggérer des annotations à l'ouverture d'un article</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>The system's font</source>
        <translation>La police du système</translation>
    </message>
    <message>
        <source>Article font</source>
        <translation>Police de l'article</translation>
    </message>
    <message>
        <source>Article text size</source>
        <translation>Taille du texte de l'article</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Reading width in characters</source>
        <translation>Largeur de lecture en caractères</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>The whole pane</source>
        <translation>Tout le panneau</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>&amp;Font</source>
        <translation>&amp;Police</translation>
    </message>
    <message>
        <source>Text &amp;size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <source>Line &amp;width</source>
        <translation>Largeur de l&amp;igne</translation>
    </message>
    <message>
        <source>Your annotations need an editor name.</source>
        <translation>Vos annotations ont besoin d'un nom d'éditeur.</translation>
    </message>
    <message>
        <source>Some keys are given twice:
{clashes}</source>
        <translation>Des touches sont attribuées deux fois :
{clashes}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProjectAccess</name>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>its folder cannot be written to (a read-only medium or share)</source>
        <translation>son dossier n'est pas accessible en écriture (support ou partage en lecture seule)</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>ouvert en lecture seule</translation>
    </message>
    <message>
        <source>another instance cleared this one's lock and may be writing to it</source>
        <translation>une autre instance a supprimé le verrou de celle-ci et est peut-être en train d'y écrire</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>statuts</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>parties prenantes</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>articles</translation>
    </message>
    <message>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuves</translation>
    </message>
    <message>
        <source>it is {holder}</source>
        <translation>il est {holder}</translation>
    </message>
    <message>
        <source>another program is writing to it</source>
        <translation>un autre programme est en train d'y écrire</translation>
    </message>
    <message>
        <source>{path}: the lock was renewed meanwhile: the other instance is still running</source>
        <translation>{path} : le verrou a été renouvelé entre-temps, l'autre instance est toujours en cours d'exécution</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projet en cours d'utilisation</translation>
    </message>
    <message>
        <source>{file} is being written to by another program.</source>
        <translation>Un autre programme est en train d'écrire dans {file}.</translation>
    </message>
    <message>
        <source>{file} is {holder}.</source>
        <translation>{file} est {holder}.</translation>
    </message>
    <message>
        <source>Only one instance can change a project at a time. You can open it read-only to look at it and export from it.</source>
        <translation>Une seule instance à la fois peut modifier un projet. Vous pouvez l'ouvrir en lecture seule pour le consulter et en exporter le contenu.</translation>
    </message>
    <message>
        <source>That instance seems to have stopped: {reason}. If you are sure it is not running any more (it crashed, or its computer was switched off), you can clear its lock and open the project normally.</source>
        <translation>Cette instance semble s'être arrêtée : {reason}. Si vous êtes sûr qu'elle ne tourne plus (elle a planté, ou son ordinateur a été éteint), vous pouvez supprimer son verrou et ouvrir le projet normalement.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>C&amp;lear the Lock and Open</source>
        <translation>&amp;Supprimer le verrou et ouvrir</translation>
    </message>
    <message>
        <source>Damaged project</source>
        <translation>Projet endommagé</translation>
    </message>
    <message>
        <source>{file} is damaged.</source>
        <translation>{file} est endommagé.</translation>
    </message>
    <message>
        <source>{problem}

The file itself is left as it is: keep it, a specialist may save more from it.</source>
        <translation>{problem}

Le fichier lui-même est laissé tel quel : conservez-le, un spécialiste pourra peut-être en récupérer davantage.</translation>
    </message>
    <message>
        <source>Re&amp;cover into a New Project…</source>
        <translation>&amp;Récupérer dans un nouveau projet…</translation>
    </message>
    <message>
        <source>Recover into a new project</source>
        <translation>Récupérer dans un nouveau projet</translation>
    </message>
    <message>
        <source>Newsroom Annotator projects (*{suffix})</source>
        <translation>Projets Newsroom Annotator (*{suffix})</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>The damaged file was not changed. The new project opens now.</source>
        <translation>Le fichier endommagé n'a pas été modifié. Le nouveau projet va maintenant s'ouvrir.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu'un</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>open on this computer by {who} since {time}</source>
        <translation>ouvert sur cet ordinateur par {who} depuis {time}</translation>
    </message>
    <message>
        <source>open on {host} by {who} since {time}</source>
        <translation>ouvert sur {host} par {who} depuis {time}</translation>
    </message>
    <message>
        <source>open on another computer by {who} since {time}</source>
        <translation>ouvert sur un autre ordinateur par {who} depuis {time}</translation>
    </message>
    <message numerus="yes">
        <source>it has shown no sign of life for %n minute(s)</source>
        <translation><numerusform>elle ne donne plus signe de vie depuis %n minute</numerusform><numerusform>elle ne donne plus signe de vie depuis %n minutes</numerusform></translation>
    </message>
    <message>
        <source>its process ({pid}) is no longer running on this computer</source>
        <translation>son processus ({pid}) ne tourne plus sur cet ordinateur</translation>
    </message>
    <message>
        <source>an earlier run with this process id left it</source>
        <translation>une exécution précédente portant le même numéro de processus l'a laissé</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) and {annotations} recovered into {target} (everything was read).</source>
        <translation><numerusform>%n article et {annotations} récupérés dans {target} (tout a été lu).</numerusform><numerusform>%n articles et {annotations} récupérés dans {target} (tout a été lu).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) and {annotations} recovered into {target} (some data could not be read).</source>
        <translation><numerusform>%n article et {annotations} récupérés dans {target} (certaines données n'ont pas pu être lues).</numerusform><numerusform>%n articles et {annotations} récupérés dans {target} (certaines données n'ont pas pu être lues).</numerusform></translation>
    </message>
    <message>
        <source>{table}: not in the damaged file</source>
        <translation>{table} : ne figure pas dans le fichier endommagé</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) recovered</source>
        <translation><numerusform>%n élément récupéré</numerusform><numerusform>%n éléments récupérés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{table}: {rows}, some rows could not be read, %n dropped (damaged, or what they belonged to was lost)</source>
        <translation><numerusform>{table} : {rows}, certains éléments n'ont pas pu être lus, %n écarté (endommagé, ou ce à quoi il appartenait a été perdu)</numerusform><numerusform>{table} : {rows}, certains éléments n'ont pas pu être lus, %n écartés (endommagés, ou ce à quoi ils appartenaient a été perdu)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{table}: {rows}, %n dropped (damaged, or what they belonged to was lost)</source>
        <translation><numerusform>{table} : {rows}, %n écarté (endommagé, ou ce à quoi il appartenait a été perdu)</numerusform><numerusform>{table} : {rows}, %n écartés (endommagés, ou ce à quoi ils appartenaient a été perdu)</numerusform></translation>
    </message>
    <message>
        <source>{table}: {rows}, some rows could not be read</source>
        <translation>{table} : {rows}, certains éléments n'ont pas pu être lus</translation>
    </message>
    <message>
        <source>{table}: {rows}</source>
        <translation>{table} : {rows}</translation>
    </message>
</context>
<context>
    <name>ProjectSettingsDialog</name>
    <message>
        <source>Project Settings</source>
        <translation>Réglages du projet</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Titre du projet</translation>
    </message>
    <message>
        <source>Language of exports</source>
        <translation>Langue des exports</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l'organisation</translation>
    </message>
    <message>
        <source>The newsroom that publishes the fact-checks</source>
        <translation>La rédaction qui publie les vérifications</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Adresse web de l'organisation</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Language of exports</source>
        <translation>&amp;Langue des exports</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>Organisation &amp;URL</source>
        <translation>&amp;URL de l'organisation</translation>
    </message>
    <message>
        <source>The organisation URL must start with https:// or http://.</source>
        <translation>L'URL de l'organisation doit commencer par https:// ou http://.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Revise Article Text — {title}</source>
        <translation>Réviser le texte de l'article — {title}</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Paste the corrected text of this article, or load it from a file. Each annotation is placed again by its words and the words around them; one that cannot be placed with confidence is kept in the Orphans list for you to place.</source>
        <translation>Collez le texte corrigé de cet article, ou chargez-le depuis un fichier. Chaque annotation est replacée d'après ses mots et ceux qui l'entourent ; celle qui ne peut pas être replacée avec certitude est conservée dans la liste des annotations orphelines, où vous pourrez la placer.</translation>
    </message>
    <message>
        <source>Corrected text</source>
        <translation>Texte corrigé</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>&amp;Charger depuis un fichier…</translation>
    </message>
    <message>
        <source>&amp;Revise</source>
        <translation>&amp;Réviser</translation>
    </message>
    <message>
        <source>Loaded from {file}. {status}</source>
        <translation>Chargé depuis {file}. {status}</translation>
    </message>
    <message>
        <source>Load the corrected text</source>
        <translation>Charger le texte corrigé</translation>
    </message>
    <message>
        <source>The article needs some text.</source>
        <translation>L'article doit contenir du texte.</translation>
    </message>
    <message>
        <source>The text is unchanged.</source>
        <translation>Le texte n'a pas changé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) ({change} against the current text). Revise replaces the text; Undo puts it back.</source>
        <translation><numerusform>%Ln caractère ({change} par rapport au texte actuel). « Réviser » remplace le texte ; Édition ▸ Annuler le rétablit.</numerusform><numerusform>%Ln caractères ({change} par rapport au texte actuel). « Réviser » remplace le texte ; Édition ▸ Annuler le rétablit.</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>{category} (orphan)</source>
        <translation>{category} (orpheline)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Search the project…</source>
        <translation>Rechercher dans le projet…</translation>
    </message>
    <message>
        <source>Search the project</source>
        <translation>Rechercher dans le projet</translation>
    </message>
    <message>
        <source>Words, "an exact phrase", pref* for words starting so, -word to leave out; accents and case do not matter</source>
        <translation>Des mots, "une expression exacte", préf* pour les mots qui commencent ainsi, -mot pour exclure un mot ; les accents et la casse ne comptent pas</translation>
    </message>
    <message>
        <source>Search results count</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Type to search the titles, texts, annotations and notes of the project.</source>
        <translation>Tapez pour rechercher dans les titres, les textes, les annotations et les notes du projet.</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>{count}+ results</source>
        <translation>Plus de {count} résultats</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation><numerusform>%n résultat</numerusform><numerusform>%n résultats</numerusform></translation>
    </message>
</context>
<context>
    <name>ShareCopyDialog</name>
    <message>
        <source>Annotator projects (*.annot)</source>
        <translation>Projets Annotator (*.annot)</translation>
    </message>
    <message>
        <source>Save a copy for sharing</source>
        <translation>Enregistrer une copie à partager</translation>
    </message>
    <message>
        <source>The copy is a whole project a colleague can open, annotate and send back for File ▸ Merge a Copy…. What you leave out leaves no trace in the file, and merging the copy back keeps yours.</source>
        <translation>La copie est un projet complet qu'un ou une collègue peut ouvrir, annoter et vous renvoyer pour Fichier ▸ Fusionner une copie…. Ce que vous excluez ne laisse aucune trace dans le fichier, et la fusion de la copie conserve vos propres données.</translation>
    </message>
    <message>
        <source>Leave out private &amp;notes (annotation and evidence notes)</source>
        <translation>Exclure les &amp;notes privées (notes des annotations et des preuves)</translation>
    </message>
    <message>
        <source>Leave out private notes</source>
        <translation>Exclure les notes privées</translation>
    </message>
    <message>
        <source>&amp;Articles in the copy:</source>
        <translation>&amp;Articles de la copie :</translation>
    </message>
    <message>
        <source>Filter by title…</source>
        <translation>Filtrer par titre…</translation>
    </message>
    <message>
        <source>Filter articles</source>
        <translation>Filtrer les articles</translation>
    </message>
    <message>
        <source>Articles in the copy</source>
        <translation>Articles de la copie</translation>
    </message>
    <message numerus="yes">
        <source>{title}  (%n annotation(s))</source>
        <translation><numerusform>{title}  (%n annotation)</numerusform><numerusform>{title}  (%n annotations)</numerusform></translation>
    </message>
    <message>
        <source>Include &amp;All</source>
        <translation>&amp;Tout inclure</translation>
    </message>
    <message>
        <source>Include &amp;None</source>
        <translation>Tout e&amp;xclure</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Em&amp;placement :</translation>
    </message>
    <message>
        <source>Copy file</source>
        <translation>Fichier de la copie</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Save Copy</source>
        <translation>&amp;Enregistrer la copie</translation>
    </message>
    <message>
        <source>Save the copy as</source>
        <translation>Enregistrer la copie sous</translation>
    </message>
    <message numerus="yes">
        <source>The copy: {kept} of %n article(s), without notes.</source>
        <translation><numerusform>La copie : {kept} sur %n article, sans les notes.</numerusform><numerusform>La copie : {kept} sur %n articles, sans les notes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The copy: {kept} of %n article(s), with notes.</source>
        <translation><numerusform>La copie : {kept} sur %n article, avec les notes.</numerusform><numerusform>La copie : {kept} sur %n articles, avec les notes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{target}: %n article(s), {annotations} ({size} MB)</source>
        <translation><numerusform>{target} : %n article, {annotations} ({size} Mo)</numerusform><numerusform>{target} : %n articles, {annotations} ({size} Mo)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>left out: %n article(s) and their {annotations}</source>
        <translation><numerusform>exclu : %n article et ses {annotations}</numerusform><numerusform>exclus : %n articles et leurs {annotations}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>left out: %n private note(s)</source>
        <translation><numerusform>exclue : %n note privée</numerusform><numerusform>exclues : %n notes privées</numerusform></translation>
    </message>
    <message>
        <source>{report}; {line}</source>
        <translation>{report} ; {line}</translation>
    </message>
</context>
<context>
    <name>ShortcutPage</name>
    <message>
        <source>Filter: an action, a menu or a key</source>
        <translation>Filtrer : une action, un menu ou une touche</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Filtrer les actions</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Actions et leurs raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>New shortcut for the selected action</source>
        <translation>Nouveau raccourci pour l'action choisie</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>All to defaults</source>
        <translation>Tout par défaut</translation>
    </message>
    <message>
        <source>Shortcut conflicts</source>
        <translation>Conflits de raccourcis</translation>
    </message>
    <message>
        <source>&amp;New keys:</source>
        <translation>&amp;Nouvelles touches :</translation>
    </message>
    <message>
        <source>Given twice: {clashes}</source>
        <translation>Attribué deux fois : {clashes}</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter: an action, a menu or a key</source>
        <translation>Filtrer : une action, un menu ou une touche</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Statistics of</source>
        <translation>Statistiques de</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>Projet entier</translation>
    </message>
    <message>
        <source>Open article</source>
        <translation>Article ouvert</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Statistics status</source>
        <translation>État des statistiques</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the whole dashboard as a PNG image</source>
        <translation>Enregistrer tout le tableau de bord comme image PNG</translation>
    </message>
    <message>
        <source>Statistics dashboard</source>
        <translation>Tableau de bord des statistiques</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Open article: {title}</source>
        <translation>Article ouvert : {title}</translation>
    </message>
    <message>
        <source>Open article (none open)</source>
        <translation>Article ouvert (aucun)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>{project} — whole project</source>
        <translation>{project} — projet entier</translation>
    </message>
    <message>
        <source>{project} — article “{title}”</source>
        <translation>{project} — article « {title} »</translation>
    </message>
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
        <translation><numerusform>%Ln vérifiée ({share} %)</numerusform><numerusform>%Ln vérifiées ({share} %)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphan(s) (not placed since a revision)</source>
        <translation><numerusform>%Ln annotation orpheline (non replacée depuis une révision du texte)</numerusform><numerusform>%Ln annotations orphelines (non replacées depuis une révision du texte)</numerusform></translation>
    </message>
    <message>
        <source>Export statistics as PNG</source>
        <translation>Exporter les statistiques en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>the image could not be encoded as PNG</source>
        <translation>l'image n'a pas pu être encodée en PNG</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n'existe pas</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be written to</source>
        <translation>le dossier {folder} n'est pas accessible en écriture</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Exporter en PNG</translation>
    </message>
    <message>
        <source>The statistics were not saved to {path}: {reason}.</source>
        <translation>Les statistiques n'ont pas été enregistrées dans {path} : {reason}.</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Enregistré : {file}</translation>
    </message>
</context>
<context>
    <name>StatisticsService</name>
    <message>
        <source>The statistics could not be read: {error}</source>
        <translation>Impossible de lire les statistiques : {error}</translation>
    </message>
</context>
<context>
    <name>StatusesDialog</name>
    <message>
        <source>Statuses</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>&amp;Add Status</source>
        <translation>&amp;Ajouter un statut</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>Suggesting</name>
    <message>
        <source>about</source>
        <translation>environ</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>moins de</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>plus de</translation>
    </message>
    <message>
        <source>nearly</source>
        <translation>près de</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>jusqu'à</translation>
    </message>
    <message>
        <source>since</source>
        <translation>depuis</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>by</source>
        <translation>d'ici</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu'en</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir de</translation>
    </message>
    <message>
        <source>Suggestions failed: {error}</source>
        <translation>Échec des suggestions : {error}</translation>
    </message>
    <message>
        <source>speaker unknown</source>
        <translation>auteur des propos inconnu</translation>
    </message>
    <message>
        <source>Quote (term) — {speaker}: « {text} »</source>
        <translation>Citation (terme) — {speaker} : « {text} »</translation>
    </message>
    <message>
        <source>Quote — {speaker}: « {text} »</source>
        <translation>Citation — {speaker} : « {text} »</translation>
    </message>
    <message>
        <source>Figure — {text}  = {value}</source>
        <translation>Chiffre — {text}  = {value}</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>Party ({kind}) — {text}{name}</source>
        <translation>Partie prenante ({kind}) — {text}{name}</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Show suggestions of</source>
        <translation>Afficher les suggestions de</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>&amp;Suggérer</translation>
    </message>
    <message>
        <source>Find quotes, figures and parties in this article</source>
        <translation>Trouver les citations, les chiffres et les parties prenantes de cet article</translation>
    </message>
    <message>
        <source>Press Suggest to find quotes, figures and parties.</source>
        <translation>Cliquez sur « Suggérer » pour trouver les citations, les chiffres et les parties prenantes.</translation>
    </message>
    <message>
        <source>Suggested annotations</source>
        <translation>Annotations suggérées</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Make the selected suggestions annotations (Enter)</source>
        <translation>Transformer les suggestions sélectionnées en annotations (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Never suggest these again in this article (Backspace)</source>
        <translation>Ne plus jamais suggérer celles-ci dans cet article (Retour arrière)</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Shown</source>
        <translation>&amp;Tout accepter</translation>
    </message>
    <message>
        <source>Accept every suggestion the list shows</source>
        <translation>Accepter toutes les suggestions affichées dans la liste</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s): {quotes}, {figures}, {parties}</source>
        <translation><numerusform>%n suggestion : {quotes}, {figures}, {parties}</numerusform><numerusform>%n suggestions : {quotes}, {figures}, {parties}</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation><numerusform>%n citation</numerusform><numerusform>%n citations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation><numerusform>%n chiffre</numerusform><numerusform>%n chiffres</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies)</source>
        <translation><numerusform>%n partie prenante</numerusform><numerusform>%n parties prenantes</numerusform></translation>
    </message>
    <message>
        <source>Confidence {percent}%</source>
        <translation>Confiance : {percent} %</translation>
    </message>
</context>
<context>
    <name>UnitsChart</name>
    <message>
        <source>Figures by unit</source>
        <translation>Chiffres par unité</translation>
    </message>
    <message>
        <source>Mark figures and give them a unit (%, €, jobs…) to count them here by unit.</source>
        <translation>Marquez des chiffres et donnez-leur une unité (%, €, emplois…) pour les compter ici par unité.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other unit(s)</source>
        <translation><numerusform>%Ln autre unité</numerusform><numerusform>%Ln autres unités</numerusform></translation>
    </message>
    <message>
        <source>Figures by unit, most used first. {details}.</source>
        <translation>Chiffres par unité, de la plus utilisée à la moins utilisée. {details}.</translation>
    </message>
    <message>
        <source>{unit}: {count}</source>
        <translation>{unit} : {count}</translation>
    </message>
</context>
<context>
    <name>VerificationEditor</name>
    <message>
        <source>Speaker</source>
        <translation>Auteur des propos</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Auteur de l'affirmation</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>Auteur des &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Claimed by</source>
        <translation>Auteur de l'a&amp;ffirmation</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>&amp;Partie prenante</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>No annotation selected</source>
        <translation>Aucune annotation sélectionnée</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>EUR, %, postes…</source>
        <translation>EUR, %, postes…</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What needs checking, sources, doubts…</source>
        <translation>Ce qu'il reste à vérifier, sources, doutes…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Record a source that confirms or refutes this</source>
        <translation>Enregistrer une source qui confirme ou réfute cette annotation</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>Ve&amp;rdict</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Aucun verdict</translation>
    </message>
    <message>
        <source>{source} (consulted {date})</source>
        <translation>{source} (consultée le {date})</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>« {text} »</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>who changed it</comment>
        <translation>une personne inconnue</translation>
    </message>
    <message>
        <source>Created by {author}; last changed by {editor}, {when} UTC</source>
        <translation>Créée par {author} ; dernière modification par {editor}, {when} UTC</translation>
    </message>
    <message>
        <source>last changed by {editor}, {when} UTC</source>
        <translation>Dernière modification par {editor}, {when} UTC</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Highlight quotes, figures and parties in press articles, check them, and export fact sheets. Everything is saved as you work.</source>
        <translation>Surlignez les citations, les chiffres et les parties prenantes des articles de presse, vérifiez-les et exportez des fiches de vérification. Tout est enregistré au fil de votre travail.</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Project</source>
        <translation>Ouvrir le projet d'&amp;exemple</translation>
    </message>
    <message>
        <source>Two annotated articles (a wire story in French, an open letter in English) to try everything on</source>
        <translation>Deux articles annotés (une dépêche en français, une lettre ouverte en anglais) pour tout essayer</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
</context>
</TS>