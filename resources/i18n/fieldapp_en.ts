<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accessibility</name>
    <message>
        <source>Type day, month and year; Alt+Down opens a calendar.</source>
        <translation>Type day, month and year; Alt+Down opens a calendar.</translation>
    </message>
    <message>
        <source>Arrow keys choose; Alt+Down opens the list.</source>
        <translation>Arrow keys choose; Alt+Down opens the list.</translation>
    </message>
    <message>
        <source>Type a number, or change it with the arrow keys.</source>
        <translation>Type a number, or change it with the arrow keys.</translation>
    </message>
    <message>
        <source>Arrow keys choose one of the options.</source>
        <translation>Arrow keys choose one of the options.</translation>
    </message>
    <message>
        <source>Space ticks or unticks it.</source>
        <translation>Space ticks or unticks it.</translation>
    </message>
    <message>
        <source>Space or Enter presses it.</source>
        <translation>Space or Enter presses it.</translation>
    </message>
    <message>
        <source>Arrow keys move through the rows; Tab leaves the list.</source>
        <translation>Arrow keys move through the rows; Tab leaves the list.</translation>
    </message>
    <message>
        <source>Type the text; Tab goes on.</source>
        <translation>Type the text; Tab goes on.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <source>Enter a new activity (Ctrl+N)</source>
        <translation>Enter a new activity (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Open the selected record (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected records (Del); can be undone</source>
        <translation>Delete the selected records (Del); can be undone</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Restore the selected deleted records</source>
        <translation>Restore the selected deleted records</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Earlier versions of the selected record (Ctrl+H)</source>
        <translation>Earlier versions of the selected record (Ctrl+H)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Choose the columns to show</translation>
    </message>
    <message numerus="yes">
        <source>Undo deleting %n record(s)</source>
        <translation>
            <numerusform>Undo deleting %n record</numerusform>
            <numerusform>Undo deleting %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo restoring %n record(s)</source>
        <translation>
            <numerusform>Undo restoring %n record</numerusform>
            <numerusform>Undo restoring %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Record saved.</source>
        <translation>Record saved.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Changes saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n record deleted. Ctrl+Z undoes it.</numerusform>
            <numerusform>%n records deleted. Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>%n record restored.</numerusform>
            <numerusform>%n records restored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier version restored.</source>
        <translation>Earlier version restored.</translation>
    </message>
    <message>
        <source>&amp;Copy record</source>
        <translation>&amp;Copy record</translation>
    </message>
    <message>
        <source>A new record with everything the selected one has (Ctrl+D)</source>
        <translation>A new record with everything the selected one has (Ctrl+D)</translation>
    </message>
    <message>
        <source>Activity records</source>
        <translation>Activity records</translation>
    </message>
    <message>
        <source>Enter opens the selected record, Ctrl+D copies it, Del deletes it; Tab leaves the table.</source>
        <translation>Enter opens the selected record, Ctrl+D copies it, Del deletes it; Tab leaves the table.</translation>
    </message>
</context>
<context>
    <name>ActivityFields</name>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Start date</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>Settlement / s&amp;ite</source>
        <translation>Settlement / s&amp;ite</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partners</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>District or city district</source>
        <translation>District or city district</translation>
    </message>
    <message>
        <source>Town, village, school, branch…</source>
        <translation>Town, village, school, branch…</translation>
    </message>
    <message>
        <source>Partner organisations, separated by commas</source>
        <translation>Partner organisations, separated by commas</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* required</translation>
    </message>
    <message>
        <source>Tick for an activity that lasted several days.</source>
        <translation>Tick for an activity that lasted several days.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>A whole number, 0 or more; leave it empty if not counted.</source>
        <translation>A whole number, 0 or more; leave it empty if not counted.</translation>
    </message>
    <message>
        <source>The kind of outreach work; the counts on the right follow it.</source>
        <translation>The kind of outreach work; the counts on the right follow it.</translation>
    </message>
    <message>
        <source>Type day, month and year; Alt+Down opens a calendar.</source>
        <translation>Type day, month and year; Alt+Down opens a calendar.</translation>
    </message>
    <message>
        <source>The last day of an activity that lasted several days; Alt+Down opens a calendar.</source>
        <translation>The last day of an activity that lasted several days; Alt+Down opens a calendar.</translation>
    </message>
    <message>
        <source>Where the activity took place.</source>
        <translation>Where the activity took place.</translation>
    </message>
    <message>
        <source>The kind of place.</source>
        <translation>The kind of place.</translation>
    </message>
    <message>
        <source>The language of the leaflets, posters or videos.</source>
        <translation>The language of the leaflets, posters or videos.</translation>
    </message>
    <message>
        <source>Space ticks or unticks the highlighted group; arrows move.</source>
        <translation>Space ticks or unticks the highlighted group; arrows move.</translation>
    </message>
    <message>
        <source>Free text; Tab goes on to the buttons.</source>
        <translation>Free text; Tab goes on to the buttons.</translation>
    </message>
    <message>
        <source>Who entered this record.</source>
        <translation>Who entered this record.</translation>
    </message>
    <message>
        <source>Type digits only: a whole number without spaces or separators.</source>
        <translation>Type digits only: a whole number without spaces or separators.</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>kept (edited)</source>
        <translation>kept (edited)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>The same field was changed in two places without either seeing the other. Every installation keeps the same value for now; choose what stays. Your choice travels in the next export and settles the conflict everywhere.</source>
        <translation>The same field was changed in two places without either seeing the other. Every installation keeps the same value for now; choose what stays. Your choice travels in the next export and settles the conflict everywhere.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Kept value</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Keep the kept value</source>
        <translation>Keep the kept value</translation>
    </message>
    <message>
        <source>Take the other value</source>
        <translation>Take the other value</translation>
    </message>
    <message>
        <source>Type a value…</source>
        <translation>Type a value…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Type a value</source>
        <translation>Type a value</translation>
    </message>
    <message>
        <source>This value cannot be saved.</source>
        <translation>This value cannot be saved.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Office</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>&amp;Charts show</source>
        <translation>&amp;Charts show</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Offices</translation>
    </message>
    <message>
        <source>No records in this period.</source>
        <translation>No records in this period.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>Updating the dashboard</source>
        <translation>Updating the dashboard</translation>
    </message>
    <message>
        <source>The totals could not be computed: %1</source>
        <translation>The totals could not be computed: %1</translation>
    </message>
    <message>
        <source>By month: %1</source>
        <translation>By month: %1</translation>
    </message>
    <message>
        <source>By region: %1</source>
        <translation>By region: %1</translation>
    </message>
    <message>
        <source>By activity kind: %1</source>
        <translation>By activity kind: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not reported for more than %n day(s):</source>
        <translation>
            <numerusform>Not reported for more than %n day:</numerusform>
            <numerusform>Not reported for more than %n days:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every office has reported in the last %n day(s).</source>
        <translation>
            <numerusform>Every office has reported in the last %n day.</numerusform>
            <numerusform>Every office has reported in the last %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;Break down by</translation>
    </message>
    <message>
        <source>Activity kind</source>
        <translation>Activity kind</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Materials language</source>
        <translation>Materials language</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Site type</source>
        <translation>Site type</translation>
    </message>
    <message>
        <source>Region and activity kind</source>
        <translation>Region and activity kind</translation>
    </message>
    <message>
        <source>By %1: %2</source>
        <translation>By %1: %2</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Map: %1 by region</source>
        <translation>Map: %1 by region</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>no records</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>No record matches the filter. &quot;Clear filters&quot; shows every record.</source>
        <translation>No record matches the filter. &quot;Clear filters&quot; shows every record.</translation>
    </message>
    <message>
        <source>No records yet. Enter the first activity with Ctrl+N, or import a workbook from another office or a filled-in template (Exchange page, Ctrl+3).</source>
        <translation>No records yet. Enter the first activity with Ctrl+N, or import a workbook from another office or a filled-in template (Exchange page, Ctrl+3).</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>New record (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import a workbook…</source>
        <translation>Import a workbook…</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>An entry that was not saved (%1) has been recovered.</source>
        <translation>An entry that was not saved (%1) has been recovered.</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation>Save and close (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and new</source>
        <translation>Save and new</translation>
    </message>
    <message>
        <source>Save and start the next record (Ctrl+Enter)</source>
        <translation>Save and start the next record (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Please correct the fields marked in red.</translation>
    </message>
    <message numerus="yes">
        <source>A similar record already exists: same activity, date, region and site (%n record(s)). Is this a different activity?</source>
        <translation>
            <numerusform>A similar record already exists: same activity, date, region and site. Is this a different activity?</numerusform>
            <numerusform>Similar records already exist: same activity, date, region and site (%n records). Is this a different activity?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. You can enter the next record.</source>
        <translation>Saved. You can enter the next record.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere (for example by an import) after you opened it. Close this window and open the record again; what you typed is kept as a draft.</source>
        <translation>This record was changed elsewhere (for example by an import) after you opened it. Close this window and open the record again; what you typed is kept as a draft.</translation>
    </message>
    <message>
        <source>The record could not be saved.</source>
        <translation>The record could not be saved.</translation>
    </message>
    <message>
        <source>Discard this entry?</source>
        <translation>Discard this entry?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close the form without saving it?</source>
        <translation>What you typed has not been saved. Close the form without saving it?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Activity (read only: this login may only read)</source>
        <translation>Activity (read only: this login may only read)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>This record belongs to office %1: only %1 or a coordinator can change it.</source>
        <translation>This record belongs to office %1: only %1 or a coordinator can change it.</translation>
    </message>
    <message>
        <source>Activity of office %1 (read only)</source>
        <translation>Activity of office %1 (read only)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong, and fieldapp stopped what it was doing.</source>
        <translation>Something went wrong, and fieldapp stopped what it was doing.</translation>
    </message>
    <message>
        <source>Records you had already saved are safe: every save is written to disk at once.</source>
        <translation>Records you had already saved are safe: every save is written to disk at once.</translation>
    </message>
    <message>
        <source>While: %1</source>
        <translation>While: %1</translation>
    </message>
    <message>
        <source>Details were written to the log: %1</source>
        <translation>Details were written to the log: %1</translation>
    </message>
    <message>
        <source>fieldapp — error</source>
        <translation>fieldapp — error</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Another fieldapp is writing to this data (for example an import). Wait a moment and try again.</source>
        <translation>Another fieldapp is writing to this data (for example an import). Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The disk is full: cannot write to %1. Free some space and try again.</source>
        <translation>The disk is full: cannot write to %1. Free some space and try again.</translation>
    </message>
    <message>
        <source>Cannot write to %1. Check that the folder is writable, then try again.</source>
        <translation>Cannot write to %1. Check that the folder is writable, then try again.</translation>
    </message>
    <message>
        <source>The data file is damaged; nothing more is written to it. Close fieldapp and start it again to restore the newest good backup.</source>
        <translation>The data file is damaged; nothing more is written to it. Close fieldapp and start it again to restore the newest good backup.</translation>
    </message>
    <message>
        <source>Another fieldapp is writing to this data; try again in a moment.</source>
        <translation>Another fieldapp is writing to this data; try again in a moment.</translation>
    </message>
    <message>
        <source>saving the record</source>
        <translation>saving the record</translation>
    </message>
    <message>
        <source>deleting records</source>
        <translation>deleting records</translation>
    </message>
    <message>
        <source>restoring records</source>
        <translation>restoring records</translation>
    </message>
    <message>
        <source>restoring an earlier version</source>
        <translation>restoring an earlier version</translation>
    </message>
    <message>
        <source>counting the records</source>
        <translation>counting the records</translation>
    </message>
    <message>
        <source>adding demo records</source>
        <translation>adding demo records</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>searching</translation>
    </message>
    <message>
        <source>This login may only read the shared database (a viewer&apos;s); nothing was changed. Ask the administrator for a coordinator&apos;s login to make changes.</source>
        <translation>This login may only read the shared database (a viewer&apos;s); nothing was changed. Ask the administrator for a coordinator&apos;s login to make changes.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached (%1); nothing was changed. Check the network, then try again.</source>
        <translation>The shared database cannot be reached (%1); nothing was changed. Check the network, then try again.</translation>
    </message>
    <message>
        <source>The shared database %1 is empty: fieldapp is not set up there yet. Its owner runs fieldapp hub init first; nothing was changed.</source>
        <translation>The shared database %1 is empty: fieldapp is not set up there yet. Its owner runs fieldapp hub init first; nothing was changed.</translation>
    </message>
    <message>
        <source>The shared database&apos;s server refused (%1): only the database&apos;s owner may set up or upgrade fieldapp there, with fieldapp hub init; nothing was changed.</source>
        <translation>The shared database&apos;s server refused (%1): only the database&apos;s owner may set up or upgrade fieldapp there, with fieldapp hub init; nothing was changed.</translation>
    </message>
    <message>
        <source>The shared database %1 needs an upgrade by its owner: it lacks migration %3 of this fieldapp. Ask them to run fieldapp hub init as %2, then start fieldapp again; nothing was changed.</source>
        <translation>The shared database %1 needs an upgrade by its owner: it lacks migration %3 of this fieldapp. Ask them to run fieldapp hub init as %2, then start fieldapp again; nothing was changed.</translation>
    </message>
    <message>
        <source>The login %1 has no access to fieldapp&apos;s tables in the shared database: it needs the role fieldapp_coordinator (read and write) or fieldapp_viewer (read only). Ask %2 to grant one with fieldapp hub init; nothing was changed.</source>
        <translation>The login %1 has no access to fieldapp&apos;s tables in the shared database: it needs the role fieldapp_coordinator (read and write) or fieldapp_viewer (read only). Ask %2 to grant one with fieldapp hub init; nothing was changed.</translation>
    </message>
    <message>
        <source>This record belongs to office %1: only %1 or a coordinator can change it. Nothing was changed.</source>
        <translation>This record belongs to office %1: only %1 or a coordinator can change it. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Workbooks in &amp;language</source>
        <translation>Workbooks in &amp;language</translation>
    </message>
    <message>
        <source>(%1).</source>
        <translation>(%1).</translation>
    </message>
    <message>
        <source>(nothing exported yet).</source>
        <translation>(nothing exported yet).</translation>
    </message>
    <message>
        <source>Last import: %1 (%2).</source>
        <translation>Last import: %1 (%2).</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Import workbooks</source>
        <translation>Import workbooks</translation>
    </message>
    <message>
        <source>Export a workbook</source>
        <translation>Export a workbook</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n record exported to %1.</numerusform>
            <numerusform>%n records exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n workbook(s)…</source>
        <translation>
            <numerusform>Reading %n workbook…</numerusform>
            <numerusform>Reading %n workbooks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n workbook(s)…</source>
        <translation>
            <numerusform>Importing %n workbook…</numerusform>
            <numerusform>Importing %n workbooks…</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 rejected row(s), %5 conflict(s).</source>
        <translation>Imported: %1 new, %2 updated, %3 unchanged, %4 rejected row(s), %5 conflict(s).</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Undo the last import</translation>
    </message>
    <message>
        <source>The records the last import added are removed and those it changed get their earlier versions back. Undo it?</source>
        <translation>The records the last import added are removed and those it changed get their earlier versions back. Undo it?</translation>
    </message>
    <message>
        <source>Undoing the last import…</source>
        <translation>Undoing the last import…</translation>
    </message>
    <message>
        <source>The last import was undone.</source>
        <translation>The last import was undone.</translation>
    </message>
    <message>
        <source>fieldapp-report</source>
        <translation>fieldapp-report</translation>
    </message>
    <message>
        <source>Write a report</source>
        <translation>Write a report</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>The report was written to %1.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Save a bulk-entry template</source>
        <translation>Save a bulk-entry template</translation>
    </message>
    <message>
        <source>fieldapp-template</source>
        <translation>fieldapp-template</translation>
    </message>
    <message>
        <source>The template was written to %1.</source>
        <translation>The template was written to %1.</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Writing the template…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>The last import cannot be undone: records were changed after it.</source>
        <translation>The last import cannot be undone: records were changed after it.</translation>
    </message>
    <message>
        <source>The file could not be written or read: %1</source>
        <translation>The file could not be written or read: %1</translation>
    </message>
    <message>
        <source>Something went wrong; the details were written to the log.</source>
        <translation>Something went wrong; the details were written to the log.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed on this computer since the last export</source>
        <translation>
            <numerusform>%Ln record changed on this computer since the last export</numerusform>
            <numerusform>%Ln records changed on this computer since the last export</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Undo the import</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>fieldapp-summary</source>
        <translation>fieldapp-summary</translation>
    </message>
    <message>
        <source>Write a printable summary</source>
        <translation>Write a printable summary</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be written: %1</source>
        <translation>The summary could not be written: %1</translation>
    </message>
    <message>
        <source>The summary was written to %1.</source>
        <translation>The summary was written to %1.</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Writing the summary…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln open conflict</numerusform>
            <numerusform>%Ln open conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>No conflicts</translation>
    </message>
</context>
<context>
    <name>ExchangeProblems</name>
    <message>
        <source>The cell holds a formula; type the value itself.</source>
        <translation>The cell holds a formula; type the value itself.</translation>
    </message>
    <message>
        <source>The cell is longer than Excel allows.</source>
        <translation>The cell is longer than Excel allows.</translation>
    </message>
    <message>
        <source>The same record ID appears on another row of the file.</source>
        <translation>The same record ID appears on another row of the file.</translation>
    </message>
    <message>
        <source>The record has an ID but no time of last change.</source>
        <translation>The record has an ID but no time of last change.</translation>
    </message>
    <message>
        <source>The time of last change is before the creation time.</source>
        <translation>The time of last change is before the creation time.</translation>
    </message>
    <message>
        <source>The record ID is not valid.</source>
        <translation>The record ID is not valid.</translation>
    </message>
    <message>
        <source>The time of last change is not valid.</source>
        <translation>The time of last change is not valid.</translation>
    </message>
    <message>
        <source>The deleted flag is not yes or no.</source>
        <translation>The deleted flag is not yes or no.</translation>
    </message>
    <message>
        <source>Not accepted (%1).</source>
        <translation>Not accepted (%1).</translation>
    </message>
    <message>
        <source>The rows were changed after the file was exported (the checksum differs).</source>
        <translation>The rows were changed after the file was exported (the checksum differs).</translation>
    </message>
    <message>
        <source>The number of rows differs from the number exported.</source>
        <translation>The number of rows differs from the number exported.</translation>
    </message>
    <message>
        <source>No Metadata sheet: a template or a hand-made file.</source>
        <translation>No Metadata sheet: a template or a hand-made file.</translation>
    </message>
    <message>
        <source>An old region name was mapped to the current region: %1</source>
        <translation>An old region name was mapped to the current region: %1</translation>
    </message>
    <message>
        <source>A record was edited outside fieldapp: %1</source>
        <translation>A record was edited outside fieldapp: %1</translation>
    </message>
    <message>
        <source>A column appears twice; the first one is used: %1</source>
        <translation>A column appears twice; the first one is used: %1</translation>
    </message>
    <message>
        <source>Warning (%1): %2</source>
        <translation>Warning (%1): %2</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>The file was not found.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx).</source>
        <translation>This is not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>The workbook is protected by a password; save it without one.</source>
        <translation>The workbook is protected by a password; save it without one.</translation>
    </message>
    <message>
        <source>The file unpacks to an implausible size; it was refused for safety.</source>
        <translation>The file unpacks to an implausible size; it was refused for safety.</translation>
    </message>
    <message>
        <source>The workbook is damaged or holds unsafe content.</source>
        <translation>The workbook is damaged or holds unsafe content.</translation>
    </message>
    <message>
        <source>The workbook has no Activities sheet.</source>
        <translation>The workbook has no Activities sheet.</translation>
    </message>
    <message>
        <source>Required columns are missing from the Activities sheet.</source>
        <translation>Required columns are missing from the Activities sheet.</translation>
    </message>
    <message>
        <source>This workbook was not made by fieldapp or from its template.</source>
        <translation>This workbook was not made by fieldapp or from its template.</translation>
    </message>
    <message>
        <source>The workbook was made by a newer fieldapp; update this one.</source>
        <translation>The workbook was made by a newer fieldapp; update this one.</translation>
    </message>
    <message>
        <source>The workbook cannot be imported (%1).</source>
        <translation>The workbook cannot be imported (%1).</translation>
    </message>
    <message>
        <source>The sheet has far more rows than values; delete the empty rows and save it again.</source>
        <translation>The sheet has far more rows than values; delete the empty rows and save it again.</translation>
    </message>
    <message>
        <source>A cell holds a value that cannot be read (for example a date past the year 9999).</source>
        <translation>A cell holds a value that cannot be read (for example a date past the year 9999).</translation>
    </message>
    <message>
        <source>%1 is fieldapp&apos;s own database; choose another file name.</source>
        <translation>%1 is fieldapp&apos;s own database; choose another file name.</translation>
    </message>
    <message>
        <source>%1 is in fieldapp&apos;s backup folder; choose another folder.</source>
        <translation>%1 is in fieldapp&apos;s backup folder; choose another folder.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .xlsx.</source>
        <translation>%1: the file name must end in .xlsx.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 is a folder; give a file name.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 exists and is not an Excel workbook; it was not overwritten.</source>
        <translation>%1 exists and is not an Excel workbook; it was not overwritten.</translation>
    </message>
    <message>
        <source>The file name %1 is too long.</source>
        <translation>The file name %1 is too long.</translation>
    </message>
    <message>
        <source>%1 is a name Windows keeps for a device; choose another.</source>
        <translation>%1 is a name Windows keeps for a device; choose another.</translation>
    </message>
    <message>
        <source>Cannot write to %1 (no permission, or a read-only disk).</source>
        <translation>Cannot write to %1 (no permission, or a read-only disk).</translation>
    </message>
    <message>
        <source>The disk is full; %1 was not written.</source>
        <translation>The disk is full; %1 was not written.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>This workbook comes from a training copy (made-up records); real data does not take it.</source>
        <translation>This workbook comes from a training copy (made-up records); real data does not take it.</translation>
    </message>
    <message>
        <source>The region name fits more than one region; write its code or full name.</source>
        <translation>The region name fits more than one region; write its code or full name.</translation>
    </message>
    <message>
        <source>%1: a code of newer reference data, kept as it is; import the reference workbook to name it.</source>
        <translation>%1: a code of newer reference data, kept as it is; import the reference workbook to name it.</translation>
    </message>
    <message>
        <source>The file was made with newer reference data (version %1); import the coordinator&apos;s reference workbook to see the names of new kinds.</source>
        <translation>The file was made with newer reference data (version %1); import the coordinator&apos;s reference workbook to see the names of new kinds.</translation>
    </message>
    <message>
        <source>This is the coordinator&apos;s reference workbook: import it in Settings → Reference data.</source>
        <translation>This is the coordinator&apos;s reference workbook: import it in Settings → Reference data.</translation>
    </message>
    <message>
        <source>%1: not a measure of this kind here (other reference data); kept as it is.</source>
        <translation>%1: not a measure of this kind here (other reference data); kept as it is.</translation>
    </message>
    <message>
        <source>The cell holds an error value (such as #N/A); type the value itself.</source>
        <translation>The cell holds an error value (such as #N/A); type the value itself.</translation>
    </message>
    <message>
        <source>The number can be read two ways (1,000 is a thousand or one); type it without separators.</source>
        <translation>The number can be read two ways (1,000 is a thousand or one); type it without separators.</translation>
    </message>
    <message>
        <source>The date can be read two ways (day and month); type it as YYYY-MM-DD.</source>
        <translation>The date can be read two ways (day and month); type it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The time of last change is more than a day ahead of this computer&apos;s clock.</source>
        <translation>The time of last change is more than a day ahead of this computer&apos;s clock.</translation>
    </message>
    <message>
        <source>A new row is marked as deleted; remove the row or the mark.</source>
        <translation>A new row is marked as deleted; remove the row or the mark.</translation>
    </message>
    <message>
        <source>This row&apos;s ID already belongs to another activity (see the value); each partner needs their own template.</source>
        <translation>This row&apos;s ID already belongs to another activity (see the value); each partner needs their own template.</translation>
    </message>
    <message>
        <source>Unknown kind (%1): the record is kept as it is; import the coordinator&apos;s reference workbook (Settings → Reference data) to see its name.</source>
        <translation>Unknown kind (%1): the record is kept as it is; import the coordinator&apos;s reference workbook (Settings → Reference data) to see its name.</translation>
    </message>
    <message>
        <source>The version is not a whole number of 1 or more.</source>
        <translation>The version is not a whole number of 1 or more.</translation>
    </message>
    <message>
        <source>The office code may hold only capital letters, digits, &apos;-&apos; and &apos;_&apos; (up to 32).</source>
        <translation>The office code may hold only capital letters, digits, &apos;-&apos; and &apos;_&apos; (up to 32).</translation>
    </message>
    <message>
        <source>The edit stamps of the record are damaged.</source>
        <translation>The edit stamps of the record are damaged.</translation>
    </message>
    <message>
        <source>The record belongs to another office; this file may not change it.</source>
        <translation>The record belongs to another office; this file may not change it.</translation>
    </message>
    <message>
        <source>%1 is in fieldapp&apos;s data folder; choose another folder.</source>
        <translation>%1 is in fieldapp&apos;s data folder; choose another folder.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; wait until it is saved or copied, then import it again.</source>
        <translation>The file changed while it was being imported; wait until it is saved or copied, then import it again.</translation>
    </message>
    <message>
        <source>An activity kind&apos;s old name was read as the kind it names now: %1</source>
        <translation>An activity kind&apos;s old name was read as the kind it names now: %1</translation>
    </message>
    <message>
        <source>This workbook was exported for office %1; this installation is office %2. Ask the coordinator for your office&apos;s file.</source>
        <translation>This workbook was exported for office %1; this installation is office %2. Ask the coordinator for your office&apos;s file.</translation>
    </message>
</context>
<context>
    <name>ExportBox</name>
    <message>
        <source>Send data: export a workbook</source>
        <translation>Send data: export a workbook</translation>
    </message>
    <message>
        <source>&amp;All records</source>
        <translation>&amp;All records</translation>
    </message>
    <message>
        <source>&amp;Changes since the last export</source>
        <translation>&amp;Changes since the last export</translation>
    </message>
    <message>
        <source>Records of a &amp;period</source>
        <translation>Records of a &amp;period</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
</context>
<context>
    <name>ExportsModel</name>
    <message>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>all records</translation>
    </message>
    <message>
        <source>since the last export</source>
        <translation>since the last export</translation>
    </message>
    <message>
        <source>a period</source>
        <translation>a period</translation>
    </message>
</context>
<context>
    <name>FileCountsModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All activities</source>
        <translation>All activities</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>Active records</source>
        <translation>Active records</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <source>Active and deleted</source>
        <translation>Active and deleted</translation>
    </message>
    <message>
        <source>Search place, partner, notes… (Ctrl+F)</source>
        <translation>Search place, partner, notes… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Activity kind</source>
        <translation>Activity kind</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Which records</source>
        <translation>Which records</translation>
    </message>
    <message>
        <source>Active records, deleted ones, or both.</source>
        <translation>Active records, deleted ones, or both.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Record history</source>
        <translation>Record history</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) of this record are kept.</source>
        <translation>
            <numerusform>%n earlier version of this record is kept.</numerusform>
            <numerusform>%n earlier versions of this record are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Return to this version</source>
        <translation>&amp;Return to this version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Replaced by</translation>
    </message>
    <message>
        <source>Changed later</source>
        <translation>Changed later</translation>
    </message>
    <message>
        <source>current version</source>
        <translation>current version</translation>
    </message>
    <message>
        <source>an edit</source>
        <translation>an edit</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>deletion</translation>
    </message>
    <message>
        <source>restoring</source>
        <translation>restoring</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>an import</translation>
    </message>
    <message>
        <source>a return to an earlier version</source>
        <translation>a return to an earlier version</translation>
    </message>
    <message>
        <source>undoing an import</source>
        <translation>undoing an import</translation>
    </message>
    <message>
        <source>a later row of the same import</source>
        <translation>a later row of the same import</translation>
    </message>
    <message>
        <source>resolving a conflict</source>
        <translation>resolving a conflict</translation>
    </message>
</context>
<context>
    <name>HistoryTabs</name>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
</context>
<context>
    <name>ImportBox</name>
    <message>
        <source>Receive data: import workbooks</source>
        <translation>Receive data: import workbooks</translation>
    </message>
    <message>
        <source>&amp;Import workbooks…</source>
        <translation>&amp;Import workbooks…</translation>
    </message>
    <message>
        <source>Or drop .xlsx files here. Nothing is saved before you see what would change.</source>
        <translation>Or drop .xlsx files here. Nothing is saved before you see what would change.</translation>
    </message>
    <message>
        <source>&amp;Undo the last import</source>
        <translation>&amp;Undo the last import</translation>
    </message>
    <message>
        <source>Co&amp;nflicts…</source>
        <translation>Co&amp;nflicts…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>Import preview</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been changed yet. This is what importing %n file(s) would do:</source>
        <translation>
            <numerusform>Nothing has been changed yet. This is what importing %n file would do:</numerusform>
            <numerusform>Nothing has been changed yet. This is what importing %n files would do:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected rows (%n)</source>
        <translation>
            <numerusform>Rejected rows (%n)</numerusform>
            <numerusform>Rejected rows (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Warnings (%n)</numerusform>
            <numerusform>Warnings (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) in the files and edits held here changed the same field without seeing each other: both values are kept, one in the record, the other in the Conflicts list.</source>
        <translation>
            <numerusform>%n edit in the files and an edit held here changed the same field without seeing each other: both values are kept, one in the record, the other in the Conflicts list.</numerusform>
            <numerusform>%n edits in the files and edits held here changed the same field without seeing each other: both values are kept, one in the record, the other in the Conflicts list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields that come in: %1</source>
        <translation>Fields that come in: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would be refused: records of another office.</source>
        <translation>
            <numerusform>%n row would be refused: records of another office.</numerusform>
            <numerusform>%n rows would be refused: records of another office.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportsModel</name>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
</context>
<context>
    <name>LazyPage</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>fieldapp — outreach activities</source>
        <translation>fieldapp — outreach activities</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>TRAINING COPY</source>
        <translation>TRAINING COPY</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Office &amp;code</source>
        <translation>Office &amp;code</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>Office &amp;name</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>e.g. ALA-01</source>
        <translation>e.g. ALA-01</translation>
    </message>
    <message>
        <source>e.g. Almaty field office</source>
        <translation>e.g. Almaty field office</translation>
    </message>
    <message>
        <source>Enter the office code.</source>
        <translation>Enter the office code.</translation>
    </message>
    <message>
        <source>Enter the office name.</source>
        <translation>Enter the office name.</translation>
    </message>
    <message>
        <source>Choose the office&apos;s region.</source>
        <translation>Choose the office&apos;s region.</translation>
    </message>
    <message>
        <source>The office code may hold only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>The office code may hold only letters, digits, &apos;-&apos; and &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The office code uses Latin letters A–Z, digits, &apos;-&apos; and &apos;_&apos;: switch the keyboard to the English layout (e.g. Alt+Shift).</source>
        <translation>The office code uses Latin letters A–Z, digits, &apos;-&apos; and &apos;_&apos;: switch the keyboard to the English layout (e.g. Alt+Shift).</translation>
    </message>
    <message>
        <source>This installation holds the records of office %1: its office code cannot change. For another office, set up a new data folder.</source>
        <translation>This installation holds the records of office %1: its office code cannot change. For another office, set up a new data folder.</translation>
    </message>
</context>
<context>
    <name>OfficesModel</name>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Latest activity</translation>
    </message>
    <message>
        <source>Latest import</source>
        <translation>Latest import</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>this installation</source>
        <translation>this installation</translation>
    </message>
    <message>
        <source>never sent a workbook</source>
        <translation>never sent a workbook</translation>
    </message>
    <message numerus="yes">
        <source>no report for %n day(s)</source>
        <translation>
            <numerusform>no report for %n day</numerusform>
            <numerusform>no report for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message numerus="yes">
        <source>No workbook imported from this office in the last %n day(s).</source>
        <translation>
            <numerusform>No workbook imported from this office in the last %n day.</numerusform>
            <numerusform>No workbook imported from this office in the last %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Period (by start date)</source>
        <translation>Period (by start date)</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>fieldapp — the data file cannot be used</source>
        <translation>fieldapp — the data file cannot be used</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The data file %1 is missing or empty, but this computer has backups of it. This is not a new installation: nothing was created.</source>
        <translation>The data file %1 is missing or empty, but this computer has backups of it. This is not a new installation: nothing was created.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged. fieldapp did not write anything to it.</source>
        <translation>The data file %1 is damaged. fieldapp did not write anything to it.</translation>
    </message>
    <message>
        <source>The newest good backup is %1. Restore it? The damaged file is kept aside, not deleted; records entered after that backup are not in it.</source>
        <translation>The newest good backup is %1. Restore it? The damaged file is kept aside, not deleted; records entered after that backup are not in it.</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Copy a backup you kept elsewhere to this computer and run: fieldapp restore FILE</source>
        <translation>No good backup was found in %1. Copy a backup you kept elsewhere to this computer and run: fieldapp restore FILE</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>The backup could not be restored: %1</translation>
    </message>
    <message>
        <source>Checking the backup completely, then restoring it. This can take a minute…</source>
        <translation>Checking the backup completely, then restoring it. This can take a minute…</translation>
    </message>
    <message>
        <source>The shared database %1 cannot be reached (%2).</source>
        <translation>The shared database %1 cannot be reached (%2).</translation>
    </message>
    <message>
        <source>Check the network and start fieldapp again, or use this computer&apos;s own file now. The same in a command window: fieldapp hub use --none</source>
        <translation>Check the network and start fieldapp again, or use this computer&apos;s own file now. The same in a command window: fieldapp hub use --none</translation>
    </message>
    <message>
        <source>Use this computer&apos;s file</source>
        <translation>Use this computer&apos;s file</translation>
    </message>
    <message>
        <source>Check the network, or start fieldapp without --database (or FIELDAPP_DATABASE).</source>
        <translation>Check the network, or start fieldapp without --database (or FIELDAPP_DATABASE).</translation>
    </message>
</context>
<context>
    <name>ReferenceBox</name>
    <message>
        <source>Reference data</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>Import reference workbook…</source>
        <translation>Import reference workbook…</translation>
    </message>
    <message>
        <source>Apply the import</source>
        <translation>Apply the import</translation>
    </message>
    <message>
        <source>Export reference workbook…</source>
        <translation>Export reference workbook…</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <source>Activity kinds</source>
        <translation>Activity kinds</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Site types</source>
        <translation>Site types</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <source>Offices expected to report</source>
        <translation>Offices expected to report</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Measures (codes)</source>
        <translation>Measures (codes)</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Reference data version %1: %2 activity kinds.</source>
        <translation>Reference data version %1: %2 activity kinds.</translation>
    </message>
    <message>
        <source>The coordinator edits it and sends it as a reference workbook.</source>
        <translation>The coordinator edits it and sends it as a reference workbook.</translation>
    </message>
    <message>
        <source>Nothing to import: version %1 (or newer) is already in use.</source>
        <translation>Nothing to import: version %1 (or newer) is already in use.</translation>
    </message>
    <message>
        <source>The reference workbook was written to %1.</source>
        <translation>The reference workbook was written to %1.</translation>
    </message>
    <message>
        <source>Version %1 → %2.</source>
        <translation>Version %1 → %2.</translation>
    </message>
    <message>
        <source>The import would take version %1 → %2.</source>
        <translation>The import would take version %1 → %2.</translation>
    </message>
    <message>
        <source>New: %1.</source>
        <translation>New: %1.</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>Changed: %1.</translation>
    </message>
    <message>
        <source>Retired: %1.</source>
        <translation>Retired: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>Import reference workbook</source>
        <translation>Import reference workbook</translation>
    </message>
    <message>
        <source>Export reference workbook</source>
        <translation>Export reference workbook</translation>
    </message>
    <message>
        <source>Measures and their warning thresholds</source>
        <translation>Measures and their warning thresholds</translation>
    </message>
    <message>
        <source>Warn above</source>
        <translation>Warn above</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>a code must be small Latin letters, digits and _, starting with a letter</source>
        <translation>a code must be small Latin letters, digits and _, starting with a letter</translation>
    </message>
    <message>
        <source>the code is used twice</source>
        <translation>the code is used twice</translation>
    </message>
    <message>
        <source>a name is missing</source>
        <translation>a name is missing</translation>
    </message>
    <message>
        <source>a name is too long</source>
        <translation>a name is too long</translation>
    </message>
    <message>
        <source>an unknown measure</source>
        <translation>an unknown measure</translation>
    </message>
    <message>
        <source>the measures cannot be added or removed, only renamed</source>
        <translation>the measures cannot be added or removed, only renamed</translation>
    </message>
    <message>
        <source>choose at least one measure</source>
        <translation>choose at least one measure</translation>
    </message>
    <message>
        <source>not a whole number of 0 or more</source>
        <translation>not a whole number of 0 or more</translation>
    </message>
    <message>
        <source>an unknown region</source>
        <translation>an unknown region</translation>
    </message>
    <message>
        <source>at least one activity kind must stay in use</source>
        <translation>at least one activity kind must stay in use</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <source>No longer expected to report: %1.</source>
        <translation>No longer expected to report: %1.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Removed: %1.</translation>
    </message>
    <message>
        <source>Changed back: %1.</source>
        <translation>Changed back: %1.</translation>
    </message>
    <message>
        <source>Active again (offered for new records): %1.</source>
        <translation>Active again (offered for new records): %1.</translation>
    </message>
    <message>
        <source>Expected to report again: %1.</source>
        <translation>Expected to report again: %1.</translation>
    </message>
</context>
<context>
    <name>ReportBox</name>
    <message>
        <source>Report and bulk-entry template</source>
        <translation>Report and bulk-entry template</translation>
    </message>
    <message>
        <source>Write &amp;report…</source>
        <translation>Write &amp;report…</translation>
    </message>
    <message>
        <source>Bulk-entry &amp;template…</source>
        <translation>Bulk-entry &amp;template…</translation>
    </message>
    <message>
        <source>Printable &amp;summary (PDF)…</source>
        <translation>Printable &amp;summary (PDF)…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Office and language</source>
        <translation>Office and language</translation>
    </message>
    <message>
        <source>Save office details</source>
        <translation>Save office details</translation>
    </message>
    <message>
        <source>Entry and dashboard</source>
        <translation>Entry and dashboard</translation>
    </message>
    <message>
        <source>Warn before saving a record that looks like a duplicate</source>
        <translation>Warn before saving a record that looks like a duplicate</translation>
    </message>
    <message>
        <source>An office is late after this many days without a workbook</source>
        <translation>An office is late after this many days without a workbook</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Add demo records</source>
        <translation>Add demo records</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Folders</translation>
    </message>
    <message>
        <source>Data, backups and logs are kept in: %1</source>
        <translation>Data, backups and logs are kept in: %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Adding demo records…</source>
        <translation>Adding demo records…</translation>
    </message>
    <message>
        <source>Open a training copy</source>
        <translation>Open a training copy</translation>
    </message>
    <message>
        <source>This is a training copy: add made-up records and practise. Real installations refuse its workbooks.</source>
        <translation>This is a training copy: add made-up records and practise. Real installations refuse its workbooks.</translation>
    </message>
    <message>
        <source>The training copy opened in a new window. Its data is kept apart, in: %1</source>
        <translation>The training copy opened in a new window. Its data is kept apart, in: %1</translation>
    </message>
    <message>
        <source>Practise in a separate copy with made-up records; this office&apos;s data is not touched.</source>
        <translation>Practise in a separate copy with made-up records; this office&apos;s data is not touched.</translation>
    </message>
    <message>
        <source>%1 holds an office&apos;s real data, so it cannot be a training copy.</source>
        <translation>%1 holds an office&apos;s real data, so it cannot be a training copy.</translation>
    </message>
    <message>
        <source>This installation is</source>
        <translation>This installation is</translation>
    </message>
    <message>
        <source>an office&apos;s (other offices&apos; files may not change its records)</source>
        <translation>an office&apos;s (other offices&apos; files may not change its records)</translation>
    </message>
    <message>
        <source>the coordinator&apos;s (may correct any office&apos;s records)</source>
        <translation>the coordinator&apos;s (may correct any office&apos;s records)</translation>
    </message>
    <message>
        <source>Make this the coordinator&apos;s installation? It will accept corrections to any office&apos;s data.</source>
        <translation>Make this the coordinator&apos;s installation? It will accept corrections to any office&apos;s data.</translation>
    </message>
    <message>
        <source>Make this an office&apos;s installation? Rows of other offices&apos; records will be refused.</source>
        <translation>Make this an office&apos;s installation? Rows of other offices&apos; records will be refused.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Keep as it is</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Welcome to fieldapp</source>
        <translation>Welcome to fieldapp</translation>
    </message>
    <message>
        <source>Tell fieldapp which office this computer reports for. You can change it later in Settings.</source>
        <translation>Tell fieldapp which office this computer reports for. You can change it later in Settings.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseBox</name>
    <message>
        <source>Shared database (coordinators)</source>
        <translation>Shared database (coordinators)</translation>
    </message>
    <message>
        <source>Coordinators can keep the data in one PostgreSQL database that all of them use. The password is never kept here: put it in PostgreSQL&apos;s password file (pgpass).</source>
        <translation>Coordinators can keep the data in one PostgreSQL database that all of them use. The password is never kept here: put it in PostgreSQL&apos;s password file (pgpass).</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Use this database</translation>
    </message>
    <message>
        <source>Use this computer&apos;s file</source>
        <translation>Use this computer&apos;s file</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected to %1, but fieldapp is not set up there yet (fieldapp hub init).</source>
        <translation>Connected to %1, but fieldapp is not set up there yet (fieldapp hub init).</translation>
    </message>
    <message>
        <source>Connected to %1. This login may read and write.</source>
        <translation>Connected to %1. This login may read and write.</translation>
    </message>
    <message>
        <source>Connected to %1. This login may only read (a viewer).</source>
        <translation>Connected to %1. This login may only read (a viewer).</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>fieldapp cannot work there until its owner upgrades it: it lacks migration %1 of this fieldapp; %2 runs fieldapp hub init.</source>
        <translation>fieldapp cannot work there until its owner upgrades it: it lacks migration %1 of this fieldapp; %2 runs fieldapp hub init.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Cannot connect: %1</translation>
    </message>
    <message>
        <source>The address must start with postgresql://</source>
        <translation>The address must start with postgresql://</translation>
    </message>
    <message>
        <source>The address holds a password. Remove it and put it in the pgpass file.</source>
        <translation>The address holds a password. Remove it and put it in the pgpass file.</translation>
    </message>
    <message>
        <source>fieldapp will use the shared database from its next start.</source>
        <translation>fieldapp will use the shared database from its next start.</translation>
    </message>
    <message>
        <source>fieldapp will use this computer&apos;s file from its next start.</source>
        <translation>fieldapp will use this computer&apos;s file from its next start.</translation>
    </message>
    <message>
        <source>That database holds other tables: it is not fieldapp&apos;s. Nothing was changed.</source>
        <translation>That database holds other tables: it is not fieldapp&apos;s. Nothing was changed.</translation>
    </message>
    <message>
        <source>fieldapp is not set up there yet: its owner runs fieldapp hub init.</source>
        <translation>fieldapp is not set up there yet: its owner runs fieldapp hub init.</translation>
    </message>
    <message>
        <source>That database was written by a newer fieldapp: update fieldapp on this computer first. Nothing was changed.</source>
        <translation>That database was written by a newer fieldapp: update fieldapp on this computer first. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Counting records…</source>
        <translation>Counting records…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) match the filters</source>
        <translation>
            <numerusform>%Ln record matches the filters</numerusform>
            <numerusform>%Ln records match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet exported</source>
        <translation>
            <numerusform>%Ln change not yet exported</numerusform>
            <numerusform>%Ln changes not yet exported</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is exported</source>
        <translation>Everything is exported</translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation>Last export: %1</translation>
    </message>
    <message>
        <source>Never exported</source>
        <translation>Never exported</translation>
    </message>
    <message>
        <source>Training copy: made-up data</source>
        <translation>Training copy: made-up data</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln open conflict</numerusform>
            <numerusform>%Ln open conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Set a target</source>
        <translation>Set a target</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>&amp;Activity kind</source>
        <translation>&amp;Activity kind</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation>&amp;Planned</translation>
    </message>
    <message>
        <source>The planned figure must be a whole number of 0 or more.</source>
        <translation>The planned figure must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
</context>
<context>
    <name>TargetsBox</name>
    <message>
        <source>Targets: planned against achieved</source>
        <translation>Targets: planned against achieved</translation>
    </message>
    <message>
        <source>No targets set for this period.</source>
        <translation>No targets set for this period.</translation>
    </message>
    <message>
        <source>Set a target…</source>
        <translation>Set a target…</translation>
    </message>
    <message>
        <source>Read targets from a workbook…</source>
        <translation>Read targets from a workbook…</translation>
    </message>
    <message>
        <source>Activity kind</source>
        <translation>Activity kind</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% of plan</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>The target was saved.</source>
        <translation>The target was saved.</translation>
    </message>
    <message>
        <source>Read targets</source>
        <translation>Read targets</translation>
    </message>
    <message>
        <source>The targets were not read: %1</source>
        <translation>The targets were not read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) read.</source>
        <translation>
            <numerusform>%n target read.</numerusform>
            <numerusform>%n targets read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Achieved counted for</source>
        <translation>Achieved counted for</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>TaskStrip</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Settlement / site</source>
        <translation>Settlement / site</translation>
    </message>
    <message>
        <source>Site type</source>
        <translation>Site type</translation>
    </message>
    <message>
        <source>Materials language</source>
        <translation>Materials language</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1: choose a value from the list.</source>
        <translation>%1: choose a value from the list.</translation>
    </message>
    <message>
        <source>%1: an unknown group is selected.</source>
        <translation>%1: an unknown group is selected.</translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation>%1 is not a valid date.</translation>
    </message>
    <message>
        <source>%1 cannot be before %2.</source>
        <translation>%1 cannot be before %2.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation>%1 cannot be in the future.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 must be a whole number.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 cannot be negative.</translation>
    </message>
    <message>
        <source>Children reached cannot exceed people reached.</source>
        <translation>Children reached cannot exceed people reached.</translation>
    </message>
    <message>
        <source>%1 is not recorded for this activity.</source>
        <translation>%1 is not recorded for this activity.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1 is too long (at most %2 characters).</translation>
    </message>
    <message>
        <source>%1 is unusually large (over %2) — please check.</source>
        <translation>%1 is unusually large (over %2) — please check.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>%1 is not valid.</translation>
    </message>
    <message>
        <source>unknown kind (%1)</source>
        <translation>unknown kind (%1)</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2).</source>
        <translation>%1 is too large (at most %2).</translation>
    </message>
    <message>
        <source>%1 holds a character that cannot be saved in a workbook; remove it.</source>
        <translation>%1 holds a character that cannot be saved in a workbook; remove it.</translation>
    </message>
</context>
</TS>
