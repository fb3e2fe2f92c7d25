<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <source>Enter a new activity (Ctrl+N)</source>
        <translation>Ввести новое мероприятие (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Открыть выбранную запись (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the selected records (Del); can be undone</source>
        <translation>Удалить выбранные записи (Del); можно отменить</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restore the selected deleted records</source>
        <translation>Восстановить выбранные удалённые записи</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Earlier versions of the selected record (Ctrl+H)</source>
        <translation>Прежние версии выбранной записи (Ctrl+H)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Выбрать отображаемые столбцы</translation>
    </message>
    <message numerus="yes">
        <source>Undo deleting %n record(s)</source>
        <translation>
            <numerusform>Отменить удаление %n записи</numerusform>
            <numerusform>Отменить удаление %n записей</numerusform>
            <numerusform>Отменить удаление %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo restoring %n record(s)</source>
        <translation>
            <numerusform>Отменить восстановление %n записи</numerusform>
            <numerusform>Отменить восстановление %n записей</numerusform>
            <numerusform>Отменить восстановление %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Record saved.</source>
        <translation>Запись сохранена.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Изменения сохранены.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>Удалена %n запись. Ctrl+Z отменяет удаление.</numerusform>
            <numerusform>Удалены %n записи. Ctrl+Z отменяет удаление.</numerusform>
            <numerusform>Удалено %n записей. Ctrl+Z отменяет удаление.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>Восстановлена %n запись.</numerusform>
            <numerusform>Восстановлены %n записи.</numerusform>
            <numerusform>Восстановлено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier version restored.</source>
        <translation>Прежняя версия возвращена.</translation>
    </message>
</context>
<context>
    <name>ActivityFields</name>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Дата &amp;начала</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>Settlement / s&amp;ite</source>
        <translation>Населённый пункт / &amp;объект</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Партнёры</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>District or city district</source>
        <translation>Район или район города</translation>
    </message>
    <message>
        <source>Town, village, school, branch…</source>
        <translation>Город, село, школа, отделение…</translation>
    </message>
    <message>
        <source>Partner organisations, separated by commas</source>
        <translation>Организации-партнёры через запятую</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>deleted</source>
        <translation>удалена</translation>
    </message>
    <message>
        <source>kept (edited)</source>
        <translation>сохранена (изменена)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>The same field was changed in two places without either seeing the other. Every installation keeps the same value for now; choose what stays. Your choice travels in the next export and settles the conflict everywhere.</source>
        <translation>Одно и то же поле изменили в двух местах, и ни одна правка не видела другую. Пока везде сохранено одно и то же значение; выберите, какое останется. Ваш выбор уйдёт со следующим экспортом и снимет конфликт везде.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Сохранённое значение</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <source>Keep the kept value</source>
        <translation>Оставить сохранённое</translation>
    </message>
    <message>
        <source>Take the other value</source>
        <translation>Взять другое</translation>
    </message>
    <message>
        <source>Type a value…</source>
        <translation>Ввести значение…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Type a value</source>
        <translation>Введите значение</translation>
    </message>
    <message>
        <source>This value cannot be saved.</source>
        <translation>Это значение нельзя сохранить.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Офис</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Все офисы</translation>
    </message>
    <message>
        <source>&amp;Charts show</source>
        <translation>&amp;Диаграммы показывают</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Офисы</translation>
    </message>
    <message>
        <source>No records in this period.</source>
        <translation>За этот период записей нет.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Updating the dashboard</source>
        <translation>Обновление сводки</translation>
    </message>
    <message>
        <source>The totals could not be computed: %1</source>
        <translation>Не удалось подсчитать итоги: %1</translation>
    </message>
    <message>
        <source>By month: %1</source>
        <translation>По месяцам: %1</translation>
    </message>
    <message>
        <source>By region: %1</source>
        <translation>По регионам: %1</translation>
    </message>
    <message>
        <source>By activity kind: %1</source>
        <translation>По видам деятельности: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not reported for more than %n day(s):</source>
        <translation>
            <numerusform>Не присылали данные более %n дня:</numerusform>
            <numerusform>Не присылали данные более %n дней:</numerusform>
            <numerusform>Не присылали данные более %n дней:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every office has reported in the last %n day(s).</source>
        <translation>
            <numerusform>Все офисы прислали данные за последний %n день.</numerusform>
            <numerusform>Все офисы прислали данные за последние %n дня.</numerusform>
            <numerusform>Все офисы прислали данные за последние %n дней.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>An entry that was not saved (%1) has been recovered.</source>
        <translation>Несохранённая запись (%1) восстановлена.</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Изменение мероприятия</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S)</source>
        <translation>Сохранить и закрыть (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and new</source>
        <translation>Сохранить и новая</translation>
    </message>
    <message>
        <source>Save and start the next record (Ctrl+Enter)</source>
        <translation>Сохранить и начать следующую запись (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>Исправьте поля, отмеченные красным.</translation>
    </message>
    <message numerus="yes">
        <source>A similar record already exists: same activity, date, region and site (%n record(s)). Is this a different activity?</source>
        <translation>
            <numerusform>Похожая запись уже есть: то же мероприятие, дата, регион и объект (%n запись). Это другое мероприятие?</numerusform>
            <numerusform>Похожие записи уже есть: то же мероприятие, дата, регион и объект (%n записи). Это другое мероприятие?</numerusform>
            <numerusform>Похожие записи уже есть: то же мероприятие, дата, регион и объект (%n записей). Это другое мероприятие?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. You can enter the next record.</source>
        <translation>Сохранено. Можно вводить следующую запись.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere (for example by an import) after you opened it. Close this window and open the record again; what you typed is kept as a draft.</source>
        <translation>Эта запись была изменена в другом месте (например, при импорте) после того, как вы её открыли. Закройте окно и откройте запись снова; введённое сохранено как черновик.</translation>
    </message>
    <message>
        <source>The record could not be saved.</source>
        <translation>Не удалось сохранить запись.</translation>
    </message>
    <message>
        <source>Discard this entry?</source>
        <translation>Отказаться от этой записи?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить ввод</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Close the form without saving it?</source>
        <translation>Введённые данные не сохранены. Закрыть форму без сохранения?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong, and fieldapp stopped what it was doing.</source>
        <translation>Произошла ошибка, и fieldapp прервал выполняемое действие.</translation>
    </message>
    <message>
        <source>Records you had already saved are safe: every save is written to disk at once.</source>
        <translation>Уже сохранённые записи в безопасности: каждое сохранение сразу записывается на диск.</translation>
    </message>
    <message>
        <source>While: %1</source>
        <translation>Действие: %1</translation>
    </message>
    <message>
        <source>Details were written to the log: %1</source>
        <translation>Подробности записаны в журнал: %1</translation>
    </message>
    <message>
        <source>fieldapp — error</source>
        <translation>fieldapp — ошибка</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Workbooks in &amp;language</source>
        <translation>&amp;Язык книг</translation>
    </message>
    <message>
        <source>(%1).</source>
        <translation>(%1).</translation>
    </message>
    <message>
        <source>(nothing exported yet).</source>
        <translation>(экспорта ещё не было).</translation>
    </message>
    <message>
        <source>Last import: %1 (%2).</source>
        <translation>Последний импорт: %1 (%2).</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Нет импорта, который можно отменить.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import workbooks</source>
        <translation>Импорт книг</translation>
    </message>
    <message>
        <source>Export a workbook</source>
        <translation>Экспорт книги</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n запись экспортирована в %1.</numerusform>
            <numerusform>%n записи экспортированы в %1.</numerusform>
            <numerusform>%n записей экспортировано в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %n workbook(s)…</source>
        <translation>
            <numerusform>Чтение %n книги…</numerusform>
            <numerusform>Чтение %n книг…</numerusform>
            <numerusform>Чтение %n книг…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n workbook(s)…</source>
        <translation>
            <numerusform>Импорт %n книги…</numerusform>
            <numerusform>Импорт %n книг…</numerusform>
            <numerusform>Импорт %n книг…</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 rejected row(s), %5 conflict(s).</source>
        <translation>Импортировано: новых %1, обновлено %2, без изменений %3, отклонено строк %4, конфликтов %5.</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Отмена последнего импорта</translation>
    </message>
    <message>
        <source>The records the last import added are removed and those it changed get their earlier versions back. Undo it?</source>
        <translation>Записи, добавленные последним импортом, будут удалены, а изменённые им — возвращены к прежним версиям. Отменить импорт?</translation>
    </message>
    <message>
        <source>Undoing the last import…</source>
        <translation>Отмена последнего импорта…</translation>
    </message>
    <message>
        <source>The last import was undone.</source>
        <translation>Последний импорт отменён.</translation>
    </message>
    <message>
        <source>fieldapp-report</source>
        <translation>отчёт-fieldapp</translation>
    </message>
    <message>
        <source>Write a report</source>
        <translation>Составить отчёт</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Отчёт записан в %1.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Запись отчёта…</translation>
    </message>
    <message>
        <source>Save a bulk-entry template</source>
        <translation>Сохранить шаблон для массового ввода</translation>
    </message>
    <message>
        <source>fieldapp-template</source>
        <translation>шаблон-fieldapp</translation>
    </message>
    <message>
        <source>The template was written to %1.</source>
        <translation>Шаблон записан в %1.</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Запись шаблона…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>The last import cannot be undone: records were changed after it.</source>
        <translation>Последний импорт нельзя отменить: после него записи изменялись.</translation>
    </message>
    <message>
        <source>The file could not be written or read: %1</source>
        <translation>Не удалось записать или прочитать файл: %1</translation>
    </message>
    <message>
        <source>Something went wrong; the details were written to the log.</source>
        <translation>Что-то пошло не так; подробности записаны в журнал.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) changed on this computer since the last export</source>
        <translation>
            <numerusform>%Ln запись изменена на этом компьютере после последнего экспорта</numerusform>
            <numerusform>%Ln записи изменены на этом компьютере после последнего экспорта</numerusform>
            <numerusform>%Ln записей изменено на этом компьютере после последнего экспорта</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln открытый конфликт</numerusform>
            <numerusform>%Ln открытых конфликта</numerusform>
            <numerusform>%Ln открытых конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Конфликтов нет</translation>
    </message>
</context>
<context>
    <name>ExchangeProblems</name>
    <message>
        <source>The cell holds a formula; type the value itself.</source>
        <translation>В ячейке формула; введите само значение.</translation>
    </message>
    <message>
        <source>The cell is longer than Excel allows.</source>
        <translation>Ячейка длиннее, чем допускает Excel.</translation>
    </message>
    <message>
        <source>The same record ID appears on another row of the file.</source>
        <translation>Тот же идентификатор записи есть в другой строке файла.</translation>
    </message>
    <message>
        <source>The record has an ID but no time of last change.</source>
        <translation>У записи есть идентификатор, но нет времени последнего изменения.</translation>
    </message>
    <message>
        <source>The time of last change is before the creation time.</source>
        <translation>Время последнего изменения раньше времени создания.</translation>
    </message>
    <message>
        <source>The record ID is not valid.</source>
        <translation>Недопустимый идентификатор записи.</translation>
    </message>
    <message>
        <source>The time of last change is not valid.</source>
        <translation>Недопустимое время последнего изменения.</translation>
    </message>
    <message>
        <source>The deleted flag is not yes or no.</source>
        <translation>Признак удаления — не «да» и не «нет».</translation>
    </message>
    <message>
        <source>Not accepted (%1).</source>
        <translation>Не принято (%1).</translation>
    </message>
    <message>
        <source>The rows were changed after the file was exported (the checksum differs).</source>
        <translation>Строки изменены после экспорта файла (контрольная сумма не совпадает).</translation>
    </message>
    <message>
        <source>The number of rows differs from the number exported.</source>
        <translation>Число строк отличается от числа экспортированных.</translation>
    </message>
    <message>
        <source>No Metadata sheet: a template or a hand-made file.</source>
        <translation>Нет листа Metadata: шаблон или файл, составленный вручную.</translation>
    </message>
    <message>
        <source>An old region name was mapped to the current region: %1</source>
        <translation>Старое название региона сопоставлено текущему: %1</translation>
    </message>
    <message>
        <source>A record was edited outside fieldapp: %1</source>
        <translation>Запись изменена вне fieldapp: %1</translation>
    </message>
    <message>
        <source>A column appears twice; the first one is used: %1</source>
        <translation>Столбец повторяется; используется первый: %1</translation>
    </message>
    <message>
        <source>Warning (%1): %2</source>
        <translation>Предупреждение (%1): %2</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>Файл не найден.</translation>
    </message>
    <message>
        <source>This is not an Excel workbook (.xlsx).</source>
        <translation>Это не книга Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The workbook is protected by a password; save it without one.</source>
        <translation>Книга защищена паролем; сохраните её без пароля.</translation>
    </message>
    <message>
        <source>The file unpacks to an implausible size; it was refused for safety.</source>
        <translation>Файл распаковывается до неправдоподобного размера; отклонён из соображений безопасности.</translation>
    </message>
    <message>
        <source>The workbook is damaged or holds unsafe content.</source>
        <translation>Книга повреждена или содержит небезопасное содержимое.</translation>
    </message>
    <message>
        <source>The workbook has no Activities sheet.</source>
        <translation>В книге нет листа Activities.</translation>
    </message>
    <message>
        <source>Required columns are missing from the Activities sheet.</source>
        <translation>На листе Activities нет обязательных столбцов.</translation>
    </message>
    <message>
        <source>This workbook was not made by fieldapp or from its template.</source>
        <translation>Эта книга создана не fieldapp и не по его шаблону.</translation>
    </message>
    <message>
        <source>The workbook was made by a newer fieldapp; update this one.</source>
        <translation>Книга создана более новой версией fieldapp; обновите программу.</translation>
    </message>
    <message>
        <source>The workbook cannot be imported (%1).</source>
        <translation>Книгу нельзя импортировать (%1).</translation>
    </message>
    <message>
        <source>The sheet has far more rows than values; delete the empty rows and save it again.</source>
        <translation>На листе гораздо больше строк, чем значений; удалите пустые строки и сохраните файл снова.</translation>
    </message>
    <message>
        <source>A cell holds a value that cannot be read (for example a date past the year 9999).</source>
        <translation>Значение в ячейке невозможно прочитать (например, дата после 9999 года).</translation>
    </message>
    <message>
        <source>The edit stamps of the record are damaged.</source>
        <translation>Метки правок записи повреждены.</translation>
    </message>
    <message>
        <source>The record belongs to another office; this file may not change it.</source>
        <translation>Запись принадлежит другому офису; этот файл не может её изменить.</translation>
    </message>
</context>
<context>
    <name>ExportBox</name>
    <message>
        <source>Send data: export a workbook</source>
        <translation>Отправить данные: экспорт книги</translation>
    </message>
    <message>
        <source>&amp;All records</source>
        <translation>&amp;Все записи</translation>
    </message>
    <message>
        <source>&amp;Changes since the last export</source>
        <translation>&amp;Изменения после последнего экспорта</translation>
    </message>
    <message>
        <source>Records of a &amp;period</source>
        <translation>Записи за &amp;период</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
</context>
<context>
    <name>ExportsModel</name>
    <message>
        <source>Exported</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Объём</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>all records</source>
        <translation>все записи</translation>
    </message>
    <message>
        <source>since the last export</source>
        <translation>после последнего экспорта</translation>
    </message>
    <message>
        <source>a period</source>
        <translation>за период</translation>
    </message>
</context>
<context>
    <name>FileCountsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All activities</source>
        <translation>Все мероприятия</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Все офисы</translation>
    </message>
    <message>
        <source>Active records</source>
        <translation>Действующие записи</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Удалённые записи</translation>
    </message>
    <message>
        <source>Active and deleted</source>
        <translation>Действующие и удалённые</translation>
    </message>
    <message>
        <source>Search place, partner, notes… (Ctrl+F)</source>
        <translation>Поиск по месту, партнёру, примечаниям… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Activity kind</source>
        <translation>Вид мероприятия</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Record history</source>
        <translation>История записи</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier version(s) of this record are kept.</source>
        <translation>
            <numerusform>Сохранена %n прежняя версия этой записи.</numerusform>
            <numerusform>Сохранены %n прежние версии этой записи.</numerusform>
            <numerusform>Сохранено %n прежних версий этой записи.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Return to this version</source>
        <translation>&amp;Вернуться к этой версии</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Чем заменена</translation>
    </message>
    <message>
        <source>Changed later</source>
        <translation>Что изменилось позже</translation>
    </message>
    <message>
        <source>current version</source>
        <translation>текущая версия</translation>
    </message>
    <message>
        <source>an edit</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>restoring</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>a return to an earlier version</source>
        <translation>возврат к прежней версии</translation>
    </message>
    <message>
        <source>undoing an import</source>
        <translation>отмена импорта</translation>
    </message>
</context>
<context>
    <name>HistoryTabs</name>
    <message>
        <source>Imports</source>
        <translation>Импорты</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Экспорты</translation>
    </message>
</context>
<context>
    <name>ImportBox</name>
    <message>
        <source>Receive data: import workbooks</source>
        <translation>Получить данные: импорт книг</translation>
    </message>
    <message>
        <source>&amp;Import workbooks…</source>
        <translation>&amp;Импортировать книги…</translation>
    </message>
    <message>
        <source>Or drop .xlsx files here. Nothing is saved before you see what would change.</source>
        <translation>Или перетащите сюда файлы .xlsx. Ничего не сохраняется, пока вы не увидите, что изменится.</translation>
    </message>
    <message>
        <source>&amp;Undo the last import</source>
        <translation>&amp;Отменить последний импорт</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфликты…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import preview</source>
        <translation>Предпросмотр импорта</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been changed yet. This is what importing %n file(s) would do:</source>
        <translation>
            <numerusform>Пока ничего не изменено. Вот что сделает импорт %n файла:</numerusform>
            <numerusform>Пока ничего не изменено. Вот что сделает импорт %n файлов:</numerusform>
            <numerusform>Пока ничего не изменено. Вот что сделает импорт %n файлов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected rows (%n)</source>
        <translation>
            <numerusform>Отклонённые строки (%n)</numerusform>
            <numerusform>Отклонённые строки (%n)</numerusform>
            <numerusform>Отклонённые строки (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warnings (%n)</source>
        <translation>
            <numerusform>Предупреждения (%n)</numerusform>
            <numerusform>Предупреждения (%n)</numerusform>
            <numerusform>Предупреждения (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) in the files and edits held here changed the same field without seeing each other: both values are kept, one in the record, the other in the Conflicts list.</source>
        <translation><numerusform>%n правка в файлах и правка здесь изменили одно поле, не видя друг друга: сохраняются оба значения — одно в записи, другое в списке конфликтов.</numerusform><numerusform>%n правки в файлах и правки здесь изменили одно поле, не видя друг друга: сохраняются оба значения — одно в записи, другое в списке конфликтов.</numerusform><numerusform>%n правок в файлах и правки здесь изменили одно поле, не видя друг друга: сохраняются оба значения — одно в записи, другое в списке конфликтов.</numerusform></translation>
    </message>
    <message>
        <source>Fields that come in: %1</source>
        <translation>Поступают поля: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would be refused: records of another office.</source>
        <translation><numerusform>%n строка будет отклонена: записи другого офиса.</numerusform><numerusform>%n строки будут отклонены: записи другого офиса.</numerusform><numerusform>%n строк будут отклонены: записи другого офиса.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportsModel</name>
    <message>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменён</translation>
    </message>
</context>
<context>
    <name>LazyPage</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>fieldapp — outreach activities</source>
        <translation>fieldapp — информационно-просветительские мероприятия</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Office &amp;code</source>
        <translation>&amp;Код офиса</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>&amp;Название офиса</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>e.g. ALA-01</source>
        <translation>например, ALA-01</translation>
    </message>
    <message>
        <source>e.g. Almaty field office</source>
        <translation>например, Алматинский полевой офис</translation>
    </message>
    <message>
        <source>Enter the office code.</source>
        <translation>Введите код офиса.</translation>
    </message>
    <message>
        <source>Enter the office name.</source>
        <translation>Введите название офиса.</translation>
    </message>
    <message>
        <source>Choose the office&apos;s region.</source>
        <translation>Выберите регион офиса.</translation>
    </message>
    <message>
        <source>The office code may hold only letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Код офиса может содержать только буквы, цифры, «-» и «_».</translation>
    </message>
</context>
<context>
    <name>OfficesModel</name>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Последнее мероприятие</translation>
    </message>
    <message>
        <source>Latest import</source>
        <translation>Последний импорт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>this installation</source>
        <translation>эта установка</translation>
    </message>
    <message>
        <source>never sent a workbook</source>
        <translation>ни разу не присылал книгу</translation>
    </message>
    <message numerus="yes">
        <source>no report for %n day(s)</source>
        <translation>
            <numerusform>нет данных %n день</numerusform>
            <numerusform>нет данных %n дня</numerusform>
            <numerusform>нет данных %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>reported</source>
        <translation>данные получены</translation>
    </message>
    <message numerus="yes">
        <source>No workbook imported from this office in the last %n day(s).</source>
        <translation>
            <numerusform>От этого офиса не было импорта за последний %n день.</numerusform>
            <numerusform>От этого офиса не было импорта за последние %n дня.</numerusform>
            <numerusform>От этого офиса не было импорта за последние %n дней.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Все даты</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Period (by start date)</source>
        <translation>Период (по дате начала)</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>ReportBox</name>
    <message>
        <source>Report and bulk-entry template</source>
        <translation>Отчёт и шаблон для массового ввода</translation>
    </message>
    <message>
        <source>Write &amp;report…</source>
        <translation>Составить &amp;отчёт…</translation>
    </message>
    <message>
        <source>Bulk-entry &amp;template…</source>
        <translation>&amp;Шаблон для массового ввода…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Office and language</source>
        <translation>Офис и язык</translation>
    </message>
    <message>
        <source>Save office details</source>
        <translation>Сохранить данные офиса</translation>
    </message>
    <message>
        <source>Entry and dashboard</source>
        <translation>Ввод и сводка</translation>
    </message>
    <message>
        <source>Warn before saving a record that looks like a duplicate</source>
        <translation>Предупреждать перед сохранением записи, похожей на дубликат</translation>
    </message>
    <message>
        <source>An office is late after this many days without a workbook</source>
        <translation>Офис считается опоздавшим, если столько дней не присылал файл</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Add demo records</source>
        <translation>Добавить демо-записи</translation>
    </message>
    <message>
        <source>Realistic made-up records for practice. They are real records: use a separate installation for training.</source>
        <translation>Правдоподобные вымышленные записи для практики. Они сохраняются как настоящие записи: для обучения используйте отдельную установку.</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <source>Data, backups and logs are kept in: %1</source>
        <translation>Данные, резервные копии и журналы хранятся в: %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Открыть папку данных</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Открыть папку журналов</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Adding demo records…</source>
        <translation>Добавляются демо-записи…</translation>
    </message>
    <message>
        <source>This installation is</source>
        <translation>Эта установка —</translation>
    </message>
    <message>
        <source>an office&apos;s (other offices&apos; files may not change its records)</source>
        <translation>офиса (файлы других офисов не меняют его записи)</translation>
    </message>
    <message>
        <source>the coordinator&apos;s (may correct any office&apos;s records)</source>
        <translation>координатора (может исправлять записи любого офиса)</translation>
    </message>
    <message>
        <source>Make this the coordinator&apos;s installation? It will accept corrections to any office&apos;s data.</source>
        <translation>Сделать эту установку установкой координатора? Она будет принимать исправления данных любого офиса.</translation>
    </message>
    <message>
        <source>Make this an office&apos;s installation? Rows of other offices&apos; records will be refused.</source>
        <translation>Сделать эту установку установкой офиса? Строки с записями других офисов будут отклоняться.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Оставить как есть</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Welcome to fieldapp</source>
        <translation>Добро пожаловать в fieldapp</translation>
    </message>
    <message>
        <source>Tell fieldapp which office this computer reports for. You can change it later in Settings.</source>
        <translation>Укажите, за какой офис отчитывается этот компьютер. Позже это можно изменить в «Настройках».</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Counting records…</source>
        <translation>Подсчёт записей…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) match the filters</source>
        <translation>
            <numerusform>Фильтрам соответствует %Ln запись</numerusform>
            <numerusform>Фильтрам соответствуют %Ln записи</numerusform>
            <numerusform>Фильтрам соответствуют %Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet exported</source>
        <translation>
            <numerusform>%Ln изменение ещё не выгружено</numerusform>
            <numerusform>%Ln изменения ещё не выгружены</numerusform>
            <numerusform>%Ln изменений ещё не выгружено</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is exported</source>
        <translation>Всё выгружено</translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation>Последняя выгрузка: %1</translation>
    </message>
    <message>
        <source>Never exported</source>
        <translation>Выгрузок ещё не было</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln открытый конфликт</numerusform>
            <numerusform>%Ln открытых конфликта</numerusform>
            <numerusform>%Ln открытых конфликтов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>TaskStrip</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Settlement / site</source>
        <translation>Населённый пункт / объект</translation>
    </message>
    <message>
        <source>Site type</source>
        <translation>Тип объекта</translation>
    </message>
    <message>
        <source>Materials language</source>
        <translation>Язык материалов</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Целевые группы</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Кто ввёл</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>Поле «%1» обязательно.</translation>
    </message>
    <message>
        <source>%1: choose a value from the list.</source>
        <translation>«%1»: выберите значение из списка.</translation>
    </message>
    <message>
        <source>%1: an unknown group is selected.</source>
        <translation>«%1»: выбрана неизвестная группа.</translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation>«%1» — недопустимая дата.</translation>
    </message>
    <message>
        <source>%1 cannot be before %2.</source>
        <translation>«%1» не может быть раньше %2.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation>«%1» не может быть в будущем.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Дата окончания не может быть раньше даты начала.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>«%1» должно быть целым числом.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>«%1» не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Children reached cannot exceed people reached.</source>
        <translation>Число охваченных детей не может превышать число охваченных людей.</translation>
    </message>
    <message>
        <source>%1 is not recorded for this activity.</source>
        <translation>«%1» для этого мероприятия не указывается.</translation>
    </message>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>«%1» слишком длинное (не более %2 знаков).</translation>
    </message>
    <message>
        <source>%1 is unusually large (over %2) — please check.</source>
        <translation>«%1» необычно велико (больше %2) — проверьте.</translation>
    </message>
    <message>
        <source>%1 is not valid.</source>
        <translation>«%1» недопустимо.</translation>
    </message>
</context>
</TS>
