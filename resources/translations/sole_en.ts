<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>BankFiles</name>
    <message numerus="yes">
        <location filename="../../sole_app/ui/bank/files.py" line="+29"/>
        <source>%n question(s) added</source>
        <translation>
            <numerusform>%n question added</numerusform>
            <numerusform>%n questions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n already in the bank (not added again)</source>
        <translation>
            <numerusform>%n already in the bank (not added again)</numerusform>
            <numerusform>%n already in the bank (not added again)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n question(s) saved to {file}.</source>
        <translation>
            <numerusform>%n question saved to {file}.</numerusform>
            <numerusform>%n questions saved to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BankPanel</name>
    <message numerus="yes">
        <location filename="../../sole_app/ui/bank/panel.py" line="+222"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n question(s)</source>
        <translation>
            <numerusform>At least %n question</numerusform>
            <numerusform>At least %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../sole_app/ui/history/export_dialog.py" line="+54"/>
        <source>Chosen in the list: %n session(s)</source>
        <translation>
            <numerusform>Chosen in the list: %n session</numerusform>
            <numerusform>Chosen in the list: %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsWords</name>
    <message numerus="yes">
        <location filename="../../sole_app/ui/findings/words.py" line="+36"/>
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPagePanel</name>
    <message numerus="yes">
        <location filename="../../sole_app/ui/grouppage/panel.py" line="+159"/>
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HiddenMatchesBar</name>
    <message numerus="yes">
        <location filename="../../sole_app/ui/bank/hidden.py" line="+38"/>
        <source>%n more question(s) in other languages</source>
        <translation>
            <numerusform>%n more question in other languages</numerusform>
            <numerusform>%n more questions in other languages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more question(s) hidden by the filters</source>
        <translation>
            <numerusform>%n more question hidden by the filters</numerusform>
            <numerusform>%n more questions hidden by the filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message numerus="yes">
        <location filename="../../sole_app/ui/history/controller.py" line="+149"/>
        <source>Imported %n session(s) from {file}</source>
        <translation>
            <numerusform>Imported %n session from {file}</numerusform>
            <numerusform>Imported %n sessions from {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n already here (not added again).</source>
        <translation>
            <numerusform>; %n already here (not added again).</numerusform>
            <numerusform>; %n already here (not added again).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Exporting %n session(s) to {file}…</source>
        <translation>
            <numerusform>Exporting %n session to {file}…</numerusform>
            <numerusform>Exporting %n sessions to {file}…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n session(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n session to {file}.</numerusform>
            <numerusform>Exported %n sessions to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <location filename="../../sole_app/ui/history/page.py" line="+173"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message numerus="yes">
        <location filename="../../sole_app/ui/session/actions.py" line="+76"/>
        <source>%n group(s) at once</source>
        <translation>
            <numerusform>%n group at once</numerusform>
            <numerusform>%n groups at once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>In the Review, show %n group(s) on the projector at once</source>
        <translation>
            <numerusform>In the Review, show %n group on the projector at once</numerusform>
            <numerusform>In the Review, show %n groups on the projector at once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageView</name>
    <message numerus="yes">
        <location filename="../../sole_app/ui/stage/view.py" line="+259"/>
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
</context>
</TS>
