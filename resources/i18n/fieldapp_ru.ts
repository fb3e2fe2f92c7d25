<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Accessibility</name>
    <message>
        <source>Type day, month and year; Alt+Down opens a calendar.</source>
        <translation>Введите день, месяц и год; Alt+Вниз открывает календарь.</translation>
    </message>
    <message>
        <source>Arrow keys choose; Alt+Down opens the list.</source>
        <translation>Стрелки выбирают; Alt+Вниз открывает список.</translation>
    </message>
    <message>
        <source>Type a number, or change it with the arrow keys.</source>
        <translation>Введите число или измените его стрелками.</translation>
    </message>
    <message>
        <source>Arrow keys choose one of the options.</source>
        <translation>Стрелки выбирают один из вариантов.</translation>
    </message>
    <message>
        <source>Space ticks or unticks it.</source>
        <translation>Пробел ставит или снимает отметку.</translation>
    </message>
    <message>
        <source>Space or Enter presses it.</source>
        <translation>Пробел или Enter нажимает её.</translation>
    </message>
    <message>
        <source>Arrow keys move through the rows; Tab leaves the list.</source>
        <translation>Стрелки перемещают по строкам; Tab выводит из списка.</translation>
    </message>
    <message>
        <source>Type the text; Tab goes on.</source>
        <translation>Введите текст; Tab переходит дальше.</translation>
    </message>
</context>
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
    <message>
        <source>&amp;Copy record</source>
        <translation>&amp;Копировать запись</translation>
    </message>
    <message>
        <source>A new record with everything the selected one has (Ctrl+D)</source>
        <translation>Новая запись со всеми данными выбранной (Ctrl+D)</translation>
    </message>
    <message>
        <source>Activity records</source>
        <translation>Записи о мероприятиях</translation>
    </message>
    <message>
        <source>Enter opens the selected record, Ctrl+D copies it, Del deletes it; Tab leaves the table.</source>
        <translation>Enter открывает выбранную запись, Ctrl+D копирует её, Del удаляет; Tab выводит из таблицы.</translation>
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
        <translation>Приме&amp;чания</translation>
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
    <message>
        <source>* required</source>
        <translation>* обязательно</translation>
    </message>
    <message>
        <source>Tick for an activity that lasted several days.</source>
        <translation>Отметьте для мероприятия, которое длилось несколько дней.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Обязательно.</translation>
    </message>
    <message>
        <source>A whole number, 0 or more; leave it empty if not counted.</source>
        <translation>Целое число, 0 или больше; оставьте пустым, если не считали.</translation>
    </message>
    <message>
        <source>The kind of outreach work; the counts on the right follow it.</source>
        <translation>Вид работы; показатели справа зависят от него.</translation>
    </message>
    <message>
        <source>Type day, month and year; Alt+Down opens a calendar.</source>
        <translation>Введите день, месяц и год; Alt+Вниз открывает календарь.</translation>
    </message>
    <message>
        <source>The last day of an activity that lasted several days; Alt+Down opens a calendar.</source>
        <translation>Последний день мероприятия, длившегося несколько дней; Alt+Вниз открывает календарь.</translation>
    </message>
    <message>
        <source>Where the activity took place.</source>
        <translation>Где прошло мероприятие.</translation>
    </message>
    <message>
        <source>The kind of place.</source>
        <translation>Тип места.</translation>
    </message>
    <message>
        <source>The language of the leaflets, posters or videos.</source>
        <translation>Язык листовок, плакатов или видео.</translation>
    </message>
    <message>
        <source>Space ticks or unticks the highlighted group; arrows move.</source>
        <translation>Пробел отмечает выделенную группу или снимает отметку; стрелки перемещают.</translation>
    </message>
    <message>
        <source>Free text; Tab goes on to the buttons.</source>
        <translation>Свободный текст; Tab переходит к кнопкам.</translation>
    </message>
    <message>
        <source>Who entered this record.</source>
        <translation>Кто ввёл эту запись.</translation>
    </message>
    <message>
        <source>Type digits only: a whole number without spaces or separators.</source>
        <translation>Вводите только цифры: целое число без пробелов и разделителей.</translation>
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
        <translation>Удалено</translation>
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
    <message>
        <source>&amp;Break down by</source>
        <translation>&amp;Разбивка по</translation>
    </message>
    <message>
        <source>Activity kind</source>
        <translation>Вид мероприятия</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Целевая группа</translation>
    </message>
    <message>
        <source>Materials language</source>
        <translation>Язык материалов</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Site type</source>
        <translation>Тип места</translation>
    </message>
    <message>
        <source>Region and activity kind</source>
        <translation>Регион и вид мероприятия</translation>
    </message>
    <message>
        <source>By %1: %2</source>
        <translation>Разбивка — %1: %2</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <source>Map: %1 by region</source>
        <translation>Карта: %1 по регионам</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>нет записей</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>No record matches the filter. &quot;Clear filters&quot; shows every record.</source>
        <translation>Ни одна запись не подходит под фильтр. «Сбросить фильтры» покажет все записи.</translation>
    </message>
    <message>
        <source>No records yet. Enter the first activity with Ctrl+N, or import a workbook from another office or a filled-in template (Exchange page, Ctrl+3).</source>
        <translation>Записей пока нет. Введите первое мероприятие (Ctrl+N) или импортируйте книгу другого офиса либо заполненный шаблон (страница «Обмен», Ctrl+3).</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Новая запись (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import a workbook…</source>
        <translation>Импортировать книгу…</translation>
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
    <message>
        <source>Activity (read only: this login may only read)</source>
        <translation>Мероприятие (только чтение: этот логин может только читать)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>This record belongs to office %1: only %1 or a coordinator can change it.</source>
        <translation>Эта запись принадлежит офису %1: изменить её может только %1 или координатор.</translation>
    </message>
    <message>
        <source>Activity of office %1 (read only)</source>
        <translation>Мероприятие офиса %1 (только чтение)</translation>
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
    <message>
        <source>Another fieldapp is writing to this data (for example an import). Wait a moment and try again.</source>
        <translation>Другой fieldapp сейчас записывает эти данные (например, идёт импорт). Подождите немного и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The disk is full: cannot write to %1. Free some space and try again.</source>
        <translation>Диск заполнен: запись в %1 невозможна. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Cannot write to %1. Check that the folder is writable, then try again.</source>
        <translation>Невозможно записать в %1. Проверьте, что в папку можно писать, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The data file is damaged; nothing more is written to it. Close fieldapp and start it again to restore the newest good backup.</source>
        <translation>Файл данных повреждён; в него больше ничего не записывается. Закройте fieldapp и запустите снова, чтобы восстановить последнюю исправную резервную копию.</translation>
    </message>
    <message>
        <source>Another fieldapp is writing to this data; try again in a moment.</source>
        <translation>В эти данные сейчас записывает другая копия fieldapp; повторите попытку через минуту.</translation>
    </message>
    <message>
        <source>saving the record</source>
        <translation>сохранение записи</translation>
    </message>
    <message>
        <source>deleting records</source>
        <translation>удаление записей</translation>
    </message>
    <message>
        <source>restoring records</source>
        <translation>восстановление записей</translation>
    </message>
    <message>
        <source>restoring an earlier version</source>
        <translation>возврат к прежней версии</translation>
    </message>
    <message>
        <source>counting the records</source>
        <translation>подсчёт записей</translation>
    </message>
    <message>
        <source>adding demo records</source>
        <translation>добавление демо-записей</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>поиск</translation>
    </message>
    <message>
        <source>This login may only read the shared database (a viewer&apos;s); nothing was changed. Ask the administrator for a coordinator&apos;s login to make changes.</source>
        <translation>Эта учётная запись может только читать общую базу данных (права наблюдателя); ничего не изменено. Чтобы вносить изменения, попросите у администратора учётную запись координатора.</translation>
    </message>
    <message>
        <source>The shared database cannot be reached (%1); nothing was changed. Check the network, then try again.</source>
        <translation>Общая база данных недоступна (%1); ничего не изменено. Проверьте сеть и повторите попытку.</translation>
    </message>
    <message>
        <source>The shared database %1 is empty: fieldapp is not set up there yet. Its owner runs fieldapp hub init first; nothing was changed.</source>
        <translation>Общая база данных %1 пуста: fieldapp там ещё не настроен. Сначала владелец базы данных выполняет fieldapp hub init; ничего не изменено.</translation>
    </message>
    <message>
        <source>The shared database&apos;s server refused (%1): only the database&apos;s owner may set up or upgrade fieldapp there, with fieldapp hub init; nothing was changed.</source>
        <translation>Сервер общей базы данных отказал (%1): настроить или обновить fieldapp там может только владелец базы данных командой fieldapp hub init; ничего не изменено.</translation>
    </message>
    <message>
        <source>The shared database %1 needs an upgrade by its owner: it lacks migration %3 of this fieldapp. Ask them to run fieldapp hub init as %2, then start fieldapp again; nothing was changed.</source>
        <translation>Общая база данных %1 должна быть обновлена её владельцем: в ней нет миграции %3 этой версии fieldapp. Попросите его выполнить fieldapp hub init от имени %2, затем запустите fieldapp снова; ничего не изменено.</translation>
    </message>
    <message>
        <source>The login %1 has no access to fieldapp&apos;s tables in the shared database: it needs the role fieldapp_coordinator (read and write) or fieldapp_viewer (read only). Ask %2 to grant one with fieldapp hub init; nothing was changed.</source>
        <translation>У логина %1 нет доступа к таблицам fieldapp в общей базе данных: ему нужна роль fieldapp_coordinator (чтение и запись) или fieldapp_viewer (только чтение). Попросите %2 выдать одну из них командой fieldapp hub init; ничего не изменено.</translation>
    </message>
    <message>
        <source>This record belongs to office %1: only %1 or a coordinator can change it. Nothing was changed.</source>
        <translation>Эта запись принадлежит офису %1: изменить её может только %1 или координатор. Ничего не изменено.</translation>
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
    <message>
        <source>fieldapp-summary</source>
        <translation>сводка-fieldapp</translation>
    </message>
    <message>
        <source>Write a printable summary</source>
        <translation>Записать сводку для печати</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be written: %1</source>
        <translation>Сводку не удалось записать: %1</translation>
    </message>
    <message>
        <source>The summary was written to %1.</source>
        <translation>Сводка записана в %1.</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Сводка записывается…</translation>
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
        <source>%1 is fieldapp&apos;s own database; choose another file name.</source>
        <translation>%1 — собственная база данных fieldapp; выберите другое имя файла.</translation>
    </message>
    <message>
        <source>%1 is in fieldapp&apos;s backup folder; choose another folder.</source>
        <translation>%1 находится в папке резервных копий fieldapp; выберите другую папку.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .xlsx.</source>
        <translation>%1: имя файла должно оканчиваться на .xlsx.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 — это папка; укажите имя файла.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>%1 exists and is not an Excel workbook; it was not overwritten.</source>
        <translation>%1 уже существует и не является книгой Excel; он не перезаписан.</translation>
    </message>
    <message>
        <source>The file name %1 is too long.</source>
        <translation>Имя файла %1 слишком длинное.</translation>
    </message>
    <message>
        <source>%1 is a name Windows keeps for a device; choose another.</source>
        <translation>%1 — имя, зарезервированное Windows для устройства; выберите другое.</translation>
    </message>
    <message>
        <source>Cannot write to %1 (no permission, or a read-only disk).</source>
        <translation>Не удаётся записать в %1 (нет прав или диск только для чтения).</translation>
    </message>
    <message>
        <source>The disk is full; %1 was not written.</source>
        <translation>Диск заполнен; %1 не записан.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 — это файл, а не папка.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Невозможно записать %1.</translation>
    </message>
    <message>
        <source>This workbook comes from a training copy (made-up records); real data does not take it.</source>
        <translation>Эта книга из учебной копии (вымышленные записи); в рабочие данные она не принимается.</translation>
    </message>
    <message>
        <source>The region name fits more than one region; write its code or full name.</source>
        <translation>Название подходит к нескольким регионам; укажите код или полное название.</translation>
    </message>
    <message>
        <source>%1: a code of newer reference data, kept as it is; import the reference workbook to name it.</source>
        <translation>%1: код из более новых справочных данных сохранён как есть; чтобы увидеть название, импортируйте книгу справочников.</translation>
    </message>
    <message>
        <source>The file was made with newer reference data (version %1); import the coordinator&apos;s reference workbook to see the names of new kinds.</source>
        <translation>Файл создан с более новыми справочными данными (версия %1); импортируйте книгу справочников координатора, чтобы видеть названия новых видов.</translation>
    </message>
    <message>
        <source>This is the coordinator&apos;s reference workbook: import it in Settings → Reference data.</source>
        <translation>Это книга справочников координатора: импортируйте её в разделе Настройки → Справочные данные.</translation>
    </message>
    <message>
        <source>%1: not a measure of this kind here (other reference data); kept as it is.</source>
        <translation>%1: здесь не показатель этого вида (другие справочные данные); сохранено как есть.</translation>
    </message>
    <message>
        <source>The cell holds an error value (such as #N/A); type the value itself.</source>
        <translation>В ячейке значение ошибки (например, #N/A); введите само значение.</translation>
    </message>
    <message>
        <source>The number can be read two ways (1,000 is a thousand or one); type it without separators.</source>
        <translation>Число можно прочитать двояко (1,000 — это тысяча или единица); введите его без разделителей.</translation>
    </message>
    <message>
        <source>The date can be read two ways (day and month); type it as YYYY-MM-DD.</source>
        <translation>Дату можно прочитать двояко (день и месяц); введите её как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The time of last change is more than a day ahead of this computer&apos;s clock.</source>
        <translation>Время последнего изменения опережает часы этого компьютера более чем на сутки.</translation>
    </message>
    <message>
        <source>A new row is marked as deleted; remove the row or the mark.</source>
        <translation>Новая строка отмечена как удалённая; удалите строку или отметку.</translation>
    </message>
    <message>
        <source>This row&apos;s ID already belongs to another activity (see the value); each partner needs their own template.</source>
        <translation>ID этой строки уже принадлежит другому мероприятию (см. значение); каждому партнёру нужен свой шаблон.</translation>
    </message>
    <message>
        <source>Unknown kind (%1): the record is kept as it is; import the coordinator&apos;s reference workbook (Settings → Reference data) to see its name.</source>
        <translation>Неизвестный вид (%1): запись сохранена как есть; импортируйте книгу справочников координатора (Настройки → Справочные данные), чтобы видеть его название.</translation>
    </message>
    <message>
        <source>The version is not a whole number of 1 or more.</source>
        <translation>Версия не является целым числом от 1.</translation>
    </message>
    <message>
        <source>The office code may hold only capital letters, digits, &apos;-&apos; and &apos;_&apos; (up to 32).</source>
        <translation>Код офиса может содержать только заглавные буквы, цифры, «-» и «_» (до 32).</translation>
    </message>
    <message>
        <source>The edit stamps of the record are damaged.</source>
        <translation>Метки правок записи повреждены.</translation>
    </message>
    <message>
        <source>The record belongs to another office; this file may not change it.</source>
        <translation>Запись принадлежит другому офису; этот файл не может её изменить.</translation>
    </message>
    <message>
        <source>%1 is in fieldapp&apos;s data folder; choose another folder.</source>
        <translation>%1 находится в папке данных fieldapp; выберите другую папку.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported; wait until it is saved or copied, then import it again.</source>
        <translation>Файл изменился во время импорта; дождитесь, пока он будет сохранён или скопирован, и импортируйте его снова.</translation>
    </message>
    <message>
        <source>An activity kind&apos;s old name was read as the kind it names now: %1</source>
        <translation>Старое название вида мероприятия прочитано как этот вид: %1</translation>
    </message>
    <message>
        <source>This workbook was exported for office %1; this installation is office %2. Ask the coordinator for your office&apos;s file.</source>
        <translation>Эта книга выгружена для офиса %1, а эта установка — офис %2. Попросите у координатора файл для вашего офиса.</translation>
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
        <translation>Изменения с &amp;момента последнего экспорта</translation>
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
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Which records</source>
        <translation>Какие записи</translation>
    </message>
    <message>
        <source>Active records, deleted ones, or both.</source>
        <translation>Действующие записи, удалённые или и те и другие.</translation>
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
    <message>
        <source>a later row of the same import</source>
        <translation>более поздняя строка того же импорта</translation>
    </message>
    <message>
        <source>resolving a conflict</source>
        <translation>разрешение конфликта</translation>
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
        <source>Co&amp;nflicts…</source>
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
        <translation>
            <numerusform>%n правка в файлах и правка здесь изменили одно поле, не видя друг друга: сохраняются оба значения — одно в записи, другое в списке конфликтов.</numerusform>
            <numerusform>%n правки в файлах и правки здесь изменили одно поле, не видя друг друга: сохраняются оба значения — одно в записи, другое в списке конфликтов.</numerusform>
            <numerusform>%n правок в файлах и правки здесь изменили одно поле, не видя друг друга: сохраняются оба значения — одно в записи, другое в списке конфликтов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields that come in: %1</source>
        <translation>Поступают поля: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would be refused: records of another office.</source>
        <translation>
            <numerusform>%n строка будет отклонена: записи другого офиса.</numerusform>
            <numerusform>%n строки будут отклонены: записи другого офиса.</numerusform>
            <numerusform>%n строк будут отклонены: записи другого офиса.</numerusform>
        </translation>
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
    <message>
        <source>TRAINING COPY</source>
        <translation>УЧЕБНАЯ КОПИЯ</translation>
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
    <message>
        <source>The office code uses Latin letters A–Z, digits, &apos;-&apos; and &apos;_&apos;: switch the keyboard to the English layout (e.g. Alt+Shift).</source>
        <translation>Код офиса состоит из латинских букв A–Z, цифр, &apos;-&apos; и &apos;_&apos;: переключите клавиатуру на английскую раскладку (например, Alt+Shift).</translation>
    </message>
    <message>
        <source>This installation holds the records of office %1: its office code cannot change. For another office, set up a new data folder.</source>
        <translation>В этой установке хранятся записи офиса %1: код офиса изменить нельзя. Для другого офиса создайте новую папку данных.</translation>
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
    <name>RecoveryDialog</name>
    <message>
        <source>fieldapp — the data file cannot be used</source>
        <translation>fieldapp — файл данных нельзя использовать</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Восстановить эту копию</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>The data file %1 is missing or empty, but this computer has backups of it. This is not a new installation: nothing was created.</source>
        <translation>Файл данных %1 отсутствует или пуст, но на этом компьютере есть его резервные копии. Это не новая установка: ничего не создано.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged. fieldapp did not write anything to it.</source>
        <translation>Файл данных %1 повреждён. fieldapp ничего в него не записал.</translation>
    </message>
    <message>
        <source>The newest good backup is %1. Restore it? The damaged file is kept aside, not deleted; records entered after that backup are not in it.</source>
        <translation>Последняя исправная резервная копия: %1. Восстановить её? Повреждённый файл не удаляется, а откладывается; записей, внесённых после этой копии, в ней нет.</translation>
    </message>
    <message>
        <source>No good backup was found in %1. Copy a backup you kept elsewhere to this computer and run: fieldapp restore FILE</source>
        <translation>В %1 не найдено исправной резервной копии. Скопируйте копию, сохранённую в другом месте, на этот компьютер и выполните: fieldapp restore FILE</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Не удалось восстановить резервную копию: %1</translation>
    </message>
    <message>
        <source>Checking the backup completely, then restoring it. This can take a minute…</source>
        <translation>Резервная копия полностью проверяется, затем восстанавливается. Это может занять минуту…</translation>
    </message>
    <message>
        <source>The shared database %1 cannot be reached (%2).</source>
        <translation>Общая база данных %1 недоступна (%2).</translation>
    </message>
    <message>
        <source>Check the network and start fieldapp again, or use this computer&apos;s own file now. The same in a command window: fieldapp hub use --none</source>
        <translation>Проверьте сеть и запустите fieldapp снова или используйте сейчас собственный файл этого компьютера. То же в командной строке: fieldapp hub use --none</translation>
    </message>
    <message>
        <source>Use this computer&apos;s file</source>
        <translation>Использовать файл этого компьютера</translation>
    </message>
    <message>
        <source>Check the network, or start fieldapp without --database (or FIELDAPP_DATABASE).</source>
        <translation>Проверьте сеть или запустите fieldapp без --database (или FIELDAPP_DATABASE).</translation>
    </message>
</context>
<context>
    <name>ReferenceBox</name>
    <message>
        <source>Reference data</source>
        <translation>Справочные данные</translation>
    </message>
    <message>
        <source>Import reference workbook…</source>
        <translation>Импорт книги справочников…</translation>
    </message>
    <message>
        <source>Apply the import</source>
        <translation>Применить импорт</translation>
    </message>
    <message>
        <source>Export reference workbook…</source>
        <translation>Экспорт книги справочников…</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Отменить последнее изменение</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <source>Activity kinds</source>
        <translation>Виды мероприятий</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Целевые группы</translation>
    </message>
    <message>
        <source>Site types</source>
        <translation>Типы мест</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Партнёрские организации</translation>
    </message>
    <message>
        <source>Offices expected to report</source>
        <translation>Офисы, которые должны отчитываться</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Measures (codes)</source>
        <translation>Показатели (коды)</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Выведен из употребления</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Код региона</translation>
    </message>
    <message>
        <source>Reference data version %1: %2 activity kinds.</source>
        <translation>Справочные данные, версия %1: видов мероприятий — %2.</translation>
    </message>
    <message>
        <source>The coordinator edits it and sends it as a reference workbook.</source>
        <translation>Их редактирует координатор и присылает книгой справочников.</translation>
    </message>
    <message>
        <source>Nothing to import: version %1 (or newer) is already in use.</source>
        <translation>Импортировать нечего: уже используется версия %1 (или новее).</translation>
    </message>
    <message>
        <source>The reference workbook was written to %1.</source>
        <translation>Книга справочников записана в %1.</translation>
    </message>
    <message>
        <source>Version %1 → %2.</source>
        <translation>Версия %1 → %2.</translation>
    </message>
    <message>
        <source>The import would take version %1 → %2.</source>
        <translation>Импорт изменит версию %1 → %2.</translation>
    </message>
    <message>
        <source>New: %1.</source>
        <translation>Новые: %1.</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>Изменённые: %1.</translation>
    </message>
    <message>
        <source>Retired: %1.</source>
        <translation>Выведенные из употребления: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message>
        <source>Import reference workbook</source>
        <translation>Импорт книги справочников</translation>
    </message>
    <message>
        <source>Export reference workbook</source>
        <translation>Экспорт книги справочников</translation>
    </message>
    <message>
        <source>Measures and their warning thresholds</source>
        <translation>Показатели и пороги предупреждения</translation>
    </message>
    <message>
        <source>Warn above</source>
        <translation>Предупреждать выше</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… и ещё %1.</translation>
    </message>
    <message>
        <source>a code must be small Latin letters, digits and _, starting with a letter</source>
        <translation>код — строчные латинские буквы, цифры и _, начинается с буквы</translation>
    </message>
    <message>
        <source>the code is used twice</source>
        <translation>код использован дважды</translation>
    </message>
    <message>
        <source>a name is missing</source>
        <translation>не хватает названия</translation>
    </message>
    <message>
        <source>a name is too long</source>
        <translation>название слишком длинное</translation>
    </message>
    <message>
        <source>an unknown measure</source>
        <translation>неизвестный показатель</translation>
    </message>
    <message>
        <source>the measures cannot be added or removed, only renamed</source>
        <translation>показатели нельзя добавлять или удалять, только переименовывать</translation>
    </message>
    <message>
        <source>choose at least one measure</source>
        <translation>выберите хотя бы один показатель</translation>
    </message>
    <message>
        <source>not a whole number of 0 or more</source>
        <translation>не целое число от 0</translation>
    </message>
    <message>
        <source>an unknown region</source>
        <translation>неизвестный регион</translation>
    </message>
    <message>
        <source>at least one activity kind must stay in use</source>
        <translation>хотя бы один вид мероприятий должен остаться в употреблении</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>No longer expected to report: %1.</source>
        <translation>Больше не ожидаются с отчётами: %1.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Удалённые: %1.</translation>
    </message>
    <message>
        <source>Changed back: %1.</source>
        <translation>Возвращённые к прежнему виду: %1.</translation>
    </message>
    <message>
        <source>Active again (offered for new records): %1.</source>
        <translation>Снова в употреблении (предлагаются для новых записей): %1.</translation>
    </message>
    <message>
        <source>Expected to report again: %1.</source>
        <translation>Снова ожидаются с отчётами: %1.</translation>
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
        <translation>&amp;Составить отчёт…</translation>
    </message>
    <message>
        <source>Bulk-entry &amp;template…</source>
        <translation>&amp;Шаблон для массового ввода…</translation>
    </message>
    <message>
        <source>Printable &amp;summary (PDF)…</source>
        <translation>Сводка для печ&amp;ати (PDF)…</translation>
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
        <source>Open a training copy</source>
        <translation>Открыть учебную копию</translation>
    </message>
    <message>
        <source>This is a training copy: add made-up records and practise. Real installations refuse its workbooks.</source>
        <translation>Это учебная копия: добавляйте вымышленные записи и тренируйтесь. Рабочие установки не принимают её книги.</translation>
    </message>
    <message>
        <source>The training copy opened in a new window. Its data is kept apart, in: %1</source>
        <translation>Учебная копия открыта в новом окне. Её данные хранятся отдельно: %1</translation>
    </message>
    <message>
        <source>Practise in a separate copy with made-up records; this office&apos;s data is not touched.</source>
        <translation>Тренируйтесь в отдельной копии с вымышленными записями; данные этого офиса не затрагиваются.</translation>
    </message>
    <message>
        <source>%1 holds an office&apos;s real data, so it cannot be a training copy.</source>
        <translation>В %1 хранятся рабочие данные офиса, поэтому это не может быть учебной копией.</translation>
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
    <name>SharedDatabaseBox</name>
    <message>
        <source>Shared database (coordinators)</source>
        <translation>Общая база данных (координаторы)</translation>
    </message>
    <message>
        <source>Coordinators can keep the data in one PostgreSQL database that all of them use. The password is never kept here: put it in PostgreSQL&apos;s password file (pgpass).</source>
        <translation>Координаторы могут хранить данные в одной общей базе PostgreSQL. Пароль здесь не хранится: запишите его в файл паролей PostgreSQL (pgpass).</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Использовать эту базу</translation>
    </message>
    <message>
        <source>Use this computer&apos;s file</source>
        <translation>Использовать файл этого компьютера</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected to %1, but fieldapp is not set up there yet (fieldapp hub init).</source>
        <translation>Подключено к %1, но fieldapp там ещё не настроен (fieldapp hub init).</translation>
    </message>
    <message>
        <source>Connected to %1. This login may read and write.</source>
        <translation>Подключено к %1. Эта учётная запись может читать и изменять данные.</translation>
    </message>
    <message>
        <source>Connected to %1. This login may only read (a viewer).</source>
        <translation>Подключено к %1. Эта учётная запись может только читать (наблюдатель).</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Подключено к %1.</translation>
    </message>
    <message>
        <source>fieldapp cannot work there until its owner upgrades it: it lacks migration %1 of this fieldapp; %2 runs fieldapp hub init.</source>
        <translation>fieldapp не может работать там, пока владелец её не обновит: в ней нет миграции %1 этой версии fieldapp; %2 выполняет fieldapp hub init.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Не удаётся подключиться: %1</translation>
    </message>
    <message>
        <source>The address must start with postgresql://</source>
        <translation>Адрес должен начинаться с postgresql://</translation>
    </message>
    <message>
        <source>The address holds a password. Remove it and put it in the pgpass file.</source>
        <translation>В адресе указан пароль. Уберите его и запишите в файл pgpass.</translation>
    </message>
    <message>
        <source>fieldapp will use the shared database from its next start.</source>
        <translation>fieldapp будет использовать общую базу данных со следующего запуска.</translation>
    </message>
    <message>
        <source>fieldapp will use this computer&apos;s file from its next start.</source>
        <translation>fieldapp будет использовать файл этого компьютера со следующего запуска.</translation>
    </message>
    <message>
        <source>That database holds other tables: it is not fieldapp&apos;s. Nothing was changed.</source>
        <translation>В этой базе данных другие таблицы: это не база fieldapp. Ничего не изменено.</translation>
    </message>
    <message>
        <source>fieldapp is not set up there yet: its owner runs fieldapp hub init.</source>
        <translation>fieldapp там ещё не настроен: владелец базы данных выполняет fieldapp hub init.</translation>
    </message>
    <message>
        <source>That database was written by a newer fieldapp: update fieldapp on this computer first. Nothing was changed.</source>
        <translation>Эту базу данных записала более новая версия fieldapp: сначала обновите fieldapp на этом компьютере. Ничего не изменено.</translation>
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
            <numerusform>%Ln изменение ещё не экспортировано</numerusform>
            <numerusform>%Ln изменения ещё не экспортированы</numerusform>
            <numerusform>%Ln изменений ещё не экспортировано</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is exported</source>
        <translation>Всё экспортировано</translation>
    </message>
    <message>
        <source>Last export: %1</source>
        <translation>Последний экспорт: %1</translation>
    </message>
    <message>
        <source>Never exported</source>
        <translation>Экспорта ещё не было</translation>
    </message>
    <message>
        <source>Training copy: made-up data</source>
        <translation>Учебная копия: вымышленные данные</translation>
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
    <name>TargetDialog</name>
    <message>
        <source>Set a target</source>
        <translation>Задать цель</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>&amp;Activity kind</source>
        <translation>&amp;Вид мероприятия</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Регион</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Показатель</translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation>П&amp;лан</translation>
    </message>
    <message>
        <source>The planned figure must be a whole number of 0 or more.</source>
        <translation>План должен быть целым числом от 0.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
</context>
<context>
    <name>TargetsBox</name>
    <message>
        <source>Targets: planned against achieved</source>
        <translation>Цели: план и достигнутое</translation>
    </message>
    <message>
        <source>No targets set for this period.</source>
        <translation>Цели на этот период не заданы.</translation>
    </message>
    <message>
        <source>Set a target…</source>
        <translation>Задать цель…</translation>
    </message>
    <message>
        <source>Read targets from a workbook…</source>
        <translation>Прочитать цели из книги…</translation>
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
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Достигнуто</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% от плана</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <source>The target was saved.</source>
        <translation>Цель сохранена.</translation>
    </message>
    <message>
        <source>Read targets</source>
        <translation>Прочитать цели</translation>
    </message>
    <message>
        <source>The targets were not read: %1</source>
        <translation>Цели не прочитаны: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) read.</source>
        <translation>
            <numerusform>Прочитана %n цель.</numerusform>
            <numerusform>Прочитано %n цели.</numerusform>
            <numerusform>Прочитано %n целей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Achieved counted for</source>
        <translation>Достигнуто учтено за</translation>
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
        <translation>Тип места</translation>
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
    <message>
        <source>unknown kind (%1)</source>
        <translation>неизвестный вид (%1)</translation>
    </message>
    <message>
        <source>%1 is too large (at most %2).</source>
        <translation>%1: слишком большое число (не более %2).</translation>
    </message>
    <message>
        <source>%1 holds a character that cannot be saved in a workbook; remove it.</source>
        <translation>%1: содержит символ, который нельзя сохранить в книге Excel; удалите его.</translation>
    </message>
</context>
</TS>
