<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About knotbreak</source>
        <translation>Über knotbreak</translation>
    </message>
    <message>
        <source>knotbreak {version}</source>
        <translation>knotbreak {version}</translation>
    </message>
    <message>
        <source>A break and posture companion for desk workers. It is for prevention and comfort, not diagnosis.</source>
        <translation>Ein Begleiter für Pausen und Haltung bei der Arbeit am Schreibtisch. Er dient der Vorbeugung und dem Wohlbefinden, nicht der Diagnose.</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href=&quot;{url}&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later ({spdx}).</source>
        <translation>Freie Software unter der &lt;a href=&quot;{url}&quot;&gt;GNU General Public License&lt;/a&gt;, Version 3 oder neuer ({spdx}).</translation>
    </message>
    <message>
        <source>The stretches, the workstation check and the health notes are written in knotbreak&apos;s own words from these sources; each item names the one it follows.</source>
        <translation>Die Dehnübungen, der Arbeitsplatz-Check und die Gesundheitshinweise sind in knotbreaks eigenen Worten nach diesen Quellen geschrieben; jeder Eintrag nennt die Quelle, der er folgt.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>knotbreak cannot save its settings: {reason}. It runs on the settings it could read (or the defaults); changes you make now last until you quit. Free some disk space or make the folder writable, then restart knotbreak.</source>
        <translation>knotbreak kann seine Einstellungen nicht speichern: {reason}. Es läuft mit den Einstellungen, die es lesen konnte (oder den Standardwerten); was Sie jetzt ändern, gilt nur bis zum Beenden. Schaffen Sie Platz auf dem Datenträger oder machen Sie den Ordner beschreibbar und starten Sie knotbreak dann neu.</translation>
    </message>
</context>
<context>
    <name>AreaPage</name>
    <message>
        <source>{area}: {setup}</source>
        <translation>{area}: {setup}</translation>
    </message>
</context>
<context>
    <name>BodyArea</name>
    <message>
        <source>head and temples</source>
        <translation>Kopf und Schläfen</translation>
    </message>
    <message>
        <source>eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <source>jaw</source>
        <translation>Kiefer</translation>
    </message>
    <message>
        <source>left side of the neck</source>
        <translation>linke Halsseite</translation>
    </message>
    <message>
        <source>right side of the neck</source>
        <translation>rechte Halsseite</translation>
    </message>
    <message>
        <source>left shoulder</source>
        <translation>linke Schulter</translation>
    </message>
    <message>
        <source>right shoulder</source>
        <translation>rechte Schulter</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>left upper back</source>
        <translation>linker oberer Rücken</translation>
    </message>
    <message>
        <source>right upper back</source>
        <translation>rechter oberer Rücken</translation>
    </message>
    <message>
        <source>left lower back</source>
        <translation>linker unterer Rücken</translation>
    </message>
    <message>
        <source>right lower back</source>
        <translation>rechter unterer Rücken</translation>
    </message>
    <message>
        <source>front of the left hip</source>
        <translation>Vorderseite der linken Hüfte</translation>
    </message>
    <message>
        <source>front of the right hip</source>
        <translation>Vorderseite der rechten Hüfte</translation>
    </message>
    <message>
        <source>left buttock</source>
        <translation>linke Gesäßhälfte</translation>
    </message>
    <message>
        <source>right buttock</source>
        <translation>rechte Gesäßhälfte</translation>
    </message>
    <message>
        <source>front of the left thigh</source>
        <translation>Vorderseite des linken Oberschenkels</translation>
    </message>
    <message>
        <source>front of the right thigh</source>
        <translation>Vorderseite des rechten Oberschenkels</translation>
    </message>
    <message>
        <source>back of the left thigh</source>
        <translation>Rückseite des linken Oberschenkels</translation>
    </message>
    <message>
        <source>back of the right thigh</source>
        <translation>Rückseite des rechten Oberschenkels</translation>
    </message>
    <message>
        <source>left forearm</source>
        <translation>linker Unterarm</translation>
    </message>
    <message>
        <source>right forearm</source>
        <translation>rechter Unterarm</translation>
    </message>
    <message>
        <source>left wrist and hand</source>
        <translation>linkes Handgelenk und Hand</translation>
    </message>
    <message>
        <source>right wrist and hand</source>
        <translation>rechtes Handgelenk und Hand</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>No area chosen. Use the arrow keys to choose one.</source>
        <translation>Kein Bereich gewählt. Wählen Sie einen mit den Pfeiltasten.</translation>
    </message>
    <message>
        <source>Chosen: {area}. Use the arrow keys to choose another.</source>
        <translation>Gewählt: {area}. Mit den Pfeiltasten wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
</context>
<context>
    <name>BreakNames</name>
    <message>
        <source>Long break</source>
        <translation>Lange Pause</translation>
    </message>
    <message>
        <source>Short break</source>
        <translation>Kurze Pause</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>{kind} ({duration})</source>
        <translation>{kind} ({duration})</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>Break — knotbreak</source>
        <translation>Pause — knotbreak</translation>
    </message>
    <message>
        <source>Time for a break</source>
        <translation>Zeit für eine Pause</translation>
    </message>
    <message>
        <source>Stand up, roll your shoulders, look into the distance.</source>
        <translation>Stehen Sie auf, kreisen Sie die Schultern, schauen Sie in die Ferne.</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>wechseln</translation>
    </message>
    <message>
        <source>relax</source>
        <translation>lockern</translation>
    </message>
    <message>
        <source>Where you are in the routine</source>
        <translation>Wo Sie in der Übungsfolge sind</translation>
    </message>
    <message>
        <source>Progress through the whole routine</source>
        <translation>Fortschritt durch die ganze Übungsfolge</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back: restart this step, or the one before (Left arrow)</source>
        <translation>Zurück: diesen Schritt neu beginnen oder den davor (Pfeil links)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Pause the timer (Space)</source>
        <translation>Die Zeit anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on to the next step (Right arrow)</source>
        <translation>Weiter zum nächsten Schritt (Pfeil rechts)</translation>
    </message>
    <message>
        <source>&amp;Cautions</source>
        <translation>&amp;Vorsicht</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Show or hide what always applies: when to stop, when to see a clinician (Alt+C)</source>
        <translation>Zeigt oder verbirgt, was immer gilt: wann Sie aufhören und wann Sie ärztlichen Rat suchen sollten (Alt+V)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this window now (any key)</source>
        <translation>Dieses Fenster jetzt schließen (beliebige Taste)</translation>
    </message>
    <message>
        <source>{name} is skipped now, but could not be turned off for good: {reason}.</source>
        <translation>„{name}“ wird jetzt übersprungen, konnte aber nicht dauerhaft ausgeschaltet werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} will not come again. Settings &gt; Stretches can show it again.</source>
        <translation>„{name}“ kommt nicht wieder. Unter Einstellungen &gt; Dehnungen können Sie es wieder einblenden.</translation>
    </message>
    <message>
        <source>{break_name} · {time} left</source>
        <translation>{break_name} · noch {time}</translation>
    </message>
    <message>
        <source>{break_name} · Stretch {number} of {total} · {time} left</source>
        <translation>{break_name} · Übung {number} von {total} · noch {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) in {duration}</source>
        <translation>
            <numerusform>%n Übung in {duration}</numerusform>
            <numerusform>%n Übungen in {duration}</numerusform>
        </translation>
    </message>
    <message>
        <source>A {duration} break</source>
        <translation>Eine Pause von {duration}</translation>
    </message>
    <message>
        <source>{break_name} · done</source>
        <translation>{break_name} · fertig</translation>
    </message>
    <message>
        <source>Breaks are paused.</source>
        <translation>Die Pausen sind angehalten.</translation>
    </message>
    <message>
        <source>That was the last break of your working day.</source>
        <translation>Das war die letzte Pause Ihres Arbeitstags.</translation>
    </message>
    <message>
        <source>Next: a long break at {time} (in {duration}).</source>
        <translation>Als Nächstes: eine lange Pause um {time} (in {duration}).</translation>
    </message>
    <message>
        <source>Next break at {time} (in {duration}).</source>
        <translation>Nächste Pause um {time} (in {duration}).</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Put the break off for a while (Alt+S)</source>
        <translation>Die Pause ein wenig verschieben (Alt+S)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Übers&amp;pringen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip this break (Alt+K)</source>
        <translation>Diese Pause überspringen (Alt+P)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>End the break now (Alt+D)</source>
        <translation>Die Pause jetzt beenden (Alt+F)</translation>
    </message>
    <message>
        <source>left</source>
        <comment>time left</comment>
        <translation>übrig</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Carry on with the timer (Space)</source>
        <translation>Die Zeit weiterlaufen lassen (Leertaste)</translation>
    </message>
    <message>
        <source>Up next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Then: {cue}</source>
        <translation>Danach: {cue}</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Gut gemacht</translation>
    </message>
    <message>
        <source>Take one slow breath before you go back.</source>
        <translation>Atmen Sie einmal langsam durch, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>Stretch now</source>
        <translation>Jetzt dehnen</translation>
    </message>
    <message>
        <source>&amp;Snooze {duration}</source>
        <translation>{duration} &amp;später</translation>
    </message>
    <message>
        <source>Snooze {duration}</source>
        <translation>{duration} später</translation>
    </message>
    <message numerus="yes">
        <source>Put the break off for {duration}; %n snooze(s) left</source>
        <translation>
            <numerusform>Die Pause um {duration} verschieben; noch %n Mal möglich</numerusform>
            <numerusform>Die Pause um {duration} verschieben; noch %n Mal möglich</numerusform>
        </translation>
    </message>
    <message>
        <source>No snoozes left for this break</source>
        <translation>Diese Pause lässt sich nicht mehr verschieben</translation>
    </message>
    <message>
        <source>Last one: then you&apos;re done</source>
        <translation>Die letzte: dann sind Sie fertig</translation>
    </message>
    <message>
        <source>set {number} of {total}</source>
        <translation>Satz {number} von {total}</translation>
    </message>
    <message>
        <source>again</source>
        <translation>noch einmal</translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation>Als Nächstes: {what}</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>Set {number} of {total}</source>
        <translation>Satz {number} von {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n slow reps, about {seconds} s each</source>
        <translation>
            <numerusform>%n langsame Wiederholung, je etwa {seconds} s</numerusform>
            <numerusform>%n langsame Wiederholungen, je etwa {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slow reps</source>
        <translation>
            <numerusform>%n langsame Wiederholung</numerusform>
            <numerusform>%n langsame Wiederholungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistWindow</name>
    <message>
        <source>Save the workstation report</source>
        <translation>Arbeitsplatzbericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report as {path}.</source>
        <translation>Der Bericht wurde als {path} gespeichert.</translation>
    </message>
    <message>
        <source>Workstation fixes — knotbreak</source>
        <translation>Verbesserungen am Arbeitsplatz — knotbreak</translation>
    </message>
    <message>
        <source>You have not done the workstation check yet. Start it from knotbreak&apos;s menu: Workstation check.</source>
        <translation>Sie haben den Arbeitsplatz-Check noch nicht gemacht. Starten Sie ihn in knotbreaks Menü: Arbeitsplatz-Check.</translation>
    </message>
    <message>
        <source>Nothing to fix: every answer was the good one.</source>
        <translation>Nichts zu verbessern: Jede Antwort war die gute.</translation>
    </message>
    <message>
        <source>Done: {fix}</source>
        <translation>Erledigt: {fix}</translation>
    </message>
    <message>
        <source>{area}: {question}</source>
        <translation>{area}: {question}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Den Bericht als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Den Bericht drucken</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close the fix checklist</source>
        <translation>Die Liste der Verbesserungen schließen</translation>
    </message>
    <message>
        <source>That tick could not be saved: {error}.</source>
        <translation>Das Häkchen konnte nicht gespeichert werden: {error}.</translation>
    </message>
    <message>
        <source>Workstation fixes</source>
        <translation>Verbesserungen am Arbeitsplatz</translation>
    </message>
    <message>
        <source>Fixes from your check on {date}</source>
        <translation>Verbesserungen aus Ihrem Check vom {date}</translation>
    </message>
    <message>
        <source>{done} of {total} done. Tick each one off when you have made the change; your ticks are saved.</source>
        <translation>{done} von {total} erledigt. Haken Sie jede ab, sobald Sie sie umgesetzt haben; Ihre Häkchen werden gespeichert.</translation>
    </message>
</context>
<context>
    <name>ClinicianAdvice</name>
    <message>
        <source>You have logged a knot in the {area} at {intensity} out of 10. Pain that strong can get in the way of daily life, and it is worth having it looked at soon, especially if it does not ease with rest.</source>
        <translation>Sie haben einen Knoten im Bereich {area} mit {intensity} von 10 notiert. So starke Schmerzen können den Alltag beeinträchtigen; es lohnt sich, sie bald ansehen zu lassen, besonders wenn sie mit Ruhe nicht nachlassen.</translation>
    </message>
    <message>
        <source>You have logged a strong knot in the {area} {count} times in the last two weeks. When a knot keeps coming back this strongly, it is worth booking an appointment to have it looked at.</source>
        <translation>Sie haben in den letzten zwei Wochen {count}‑mal einen starken Knoten im Bereich {area} notiert. Wenn ein Knoten so stark immer wiederkommt, lohnt sich ein Termin, um ihn ansehen zu lassen.</translation>
    </message>
    <message>
        <source>You have logged a knot in the {area} on {count} different days in the last month. When a knot keeps coming back, it is worth booking an appointment: a doctor or physiotherapist can look for the reason.</source>
        <translation>Sie haben im letzten Monat an {count} verschiedenen Tagen einen Knoten im Bereich {area} notiert. Wenn ein Knoten immer wiederkommt, lohnt sich ein Termin: Eine Ärztin oder ein Physiotherapeut kann nach dem Grund suchen.</translation>
    </message>
    <message>
        <source>The knot in the {area} has not eased over {days} days of logging (from {first} to {latest} out of 10). Self-care usually helps within two to four weeks; when it does not, it is worth booking an appointment.</source>
        <translation>Der Knoten im Bereich {area} ist über {days} Tage Ihrer Notizen nicht deutlich besser geworden (von {first} auf {latest} von 10). Selbsthilfe wirkt meist innerhalb von zwei bis vier Wochen; wenn nicht, lohnt sich ein Termin.</translation>
    </message>
    <message>
        <source>knotbreak cannot tell what is behind a knot. A doctor or physiotherapist can, and can suggest what helps. If you notice any of the warning signs, get help sooner.</source>
        <translation>knotbreak kann nicht erkennen, was hinter einem Knoten steckt. Eine Ärztin, ein Arzt oder eine Physiotherapie kann das und kann vorschlagen, was hilft. Wenn Sie eines der Warnzeichen bemerken, holen Sie sich früher Hilfe.</translation>
    </message>
</context>
<context>
    <name>ControlCommands</name>
    <message>
        <source>knotbreak is already running.</source>
        <translation>knotbreak läuft bereits.</translation>
    </message>
    <message>
        <source>The ergonomics check is not available.</source>
        <translation>Der Arbeitsplatz-Check ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The ergonomics check is open.</source>
        <translation>Der Arbeitsplatz-Check ist geöffnet.</translation>
    </message>
    <message>
        <source>The settings dialog is not available.</source>
        <translation>Die Einstellungen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>The settings are open in knotbreak.</source>
        <translation>Die Einstellungen sind in knotbreak geöffnet.</translation>
    </message>
    <message>
        <source>The statistics window is not available.</source>
        <translation>Das Statistikfenster ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The statistics window is open in knotbreak.</source>
        <translation>Das Statistikfenster ist in knotbreak geöffnet.</translation>
    </message>
    <message>
        <source>The knot journal is not available.</source>
        <translation>Das Knotentagebuch ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The knot journal is open in knotbreak.</source>
        <translation>Das Knotentagebuch ist in knotbreak geöffnet.</translation>
    </message>
    <message>
        <source>Guided stretches are not available.</source>
        <translation>Angeleitete Dehnungen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>The posture coach is not available.</source>
        <translation>Der Haltungscoach ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The posture coach took your posture as its baseline.</source>
        <translation>Der Haltungscoach hat Ihre Haltung als Ausgangswert übernommen.</translation>
    </message>
    <message>
        <source>knotbreak is quitting.</source>
        <translation>knotbreak wird beendet.</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Something went wrong inside knotbreak ({error}). It keeps running; the details are in {log}. If it happens again, please report it with that file.</source>
        <translation>In knotbreak ist ein Fehler aufgetreten ({error}). knotbreak läuft weiter; die Einzelheiten stehen in {log}. Wenn es wieder passiert, melden Sie es bitte mit dieser Datei.</translation>
    </message>
</context>
<context>
    <name>CustomExerciseForm</name>
    <message>
        <source>Your own exercise — knotbreak</source>
        <translation>Eigene Übung — knotbreak</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>Strengthening</source>
        <translation>Kräftigung</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Selbsthilfe</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>One step a line</source>
        <translation>Ein Schritt pro Zeile</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <source>Hold still</source>
        <translation>Still halten</translation>
    </message>
    <message>
        <source>Repeat a movement</source>
        <translation>Eine Bewegung wiederholen</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>Aus&amp;führung:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Hold (one block):</source>
        <translation>&amp;Halten (ein Block):</translation>
    </message>
    <message>
        <source>S&amp;ets:</source>
        <translation>Sä&amp;tze:</translation>
    </message>
    <message>
        <source>&amp;Reps:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>Seconds a re&amp;p:</source>
        <translation>Se&amp;kunden je Wiederholung:</translation>
    </message>
    <message>
        <source>One side at a time (both sides are done)</source>
        <translation>Eine Seite nach der anderen (beide Seiten werden gemacht)</translation>
    </message>
    <message>
        <source>Sides:</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Sitting or standing</source>
        <translation>Im Sitzen oder Stehen</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation>Bereiche:</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Muscles:</source>
        <translation>&amp;Muskeln:</translation>
    </message>
    <message>
        <source>When to stop or take care; one a line</source>
        <translation>Wann aufhören oder vorsichtig sein; eines pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Cautions:</source>
        <translation>&amp;Vorsicht:</translation>
    </message>
    <message>
        <source>For example: my physiotherapist, May 2026</source>
        <translation>Zum Beispiel: meine Physiotherapeutin, Mai 2026</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Choose an &amp;image file...</source>
        <translation>Bild&amp;datei wählen…</translation>
    </message>
    <message>
        <source>&amp;Picture:</source>
        <translation>&amp;Bild:</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Ein Bild wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>{file} could not be written ({error}). Nothing was changed; check that the disk has space and the folder can be written to.</source>
        <translation>{file} konnte nicht geschrieben werden ({error}). Es wurde nichts geändert; prüfen Sie, ob auf dem Datenträger Platz ist und ob sich in den Ordner schreiben lässt.</translation>
    </message>
    <message>
        <source>Give the exercise a name.</source>
        <translation>Geben Sie der Übung einen Namen.</translation>
    </message>
    <message>
        <source>Write at least one step, one a line.</source>
        <translation>Schreiben Sie mindestens einen Schritt, einen pro Zeile.</translation>
    </message>
    <message>
        <source>Tick at least one area.</source>
        <translation>Kreuzen Sie mindestens einen Bereich an.</translation>
    </message>
    <message>
        <source>Name at least one muscle; separate them by commas.</source>
        <translation>Nennen Sie mindestens einen Muskel; trennen Sie mehrere durch Kommas.</translation>
    </message>
    <message>
        <source>Say where the exercise comes from, for example who showed it to you.</source>
        <translation>Geben Sie an, woher die Übung stammt, zum Beispiel wer sie Ihnen gezeigt hat.</translation>
    </message>
    <message>
        <source>{reps} reps of {seconds} s take longer than the hold ({hold} s): make the hold longer or do fewer reps.</source>
        <translation>{reps} Wiederholungen zu je {seconds} s passen nicht in das Halten ({hold} s): Verlängern Sie das Halten oder machen Sie weniger Wiederholungen.</translation>
    </message>
</context>
<context>
    <name>CustomFile</name>
    <message>
        <source>{file} could not be read ({error}); nothing was changed.</source>
        <translation>{file} konnte nicht gelesen werden ({error}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} is not a valid exercise file, so it was left as it is. Fix it or move it away, then save again.</source>
        <translation>{file} ist keine gültige Übungsdatei und blieb deshalb unverändert. Reparieren oder verschieben Sie sie, dann speichern Sie noch einmal.</translation>
    </message>
    <message>
        <source>Choose a PNG, JPEG or SVG image; {name} is none of these.</source>
        <translation>Wählen Sie ein PNG-, JPEG- oder SVG-Bild; {name} ist keines davon.</translation>
    </message>
    <message>
        <source>{name} could not be read ({error}).</source>
        <translation>{name} konnte nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>{name} is larger than 10 MB; choose a smaller image.</source>
        <translation>{name} ist größer als 10 MB; wählen Sie ein kleineres Bild.</translation>
    </message>
</context>
<context>
    <name>Cycle</name>
    <message>
        <source>A break came due while breaks were on hold. It will come in 5 minutes; knotbreak&apos;s menu has Take a break now if you want it sooner.</source>
        <translation>Während die Pausen warteten, wurde eine Pause fällig. Sie kommt in 5 Minuten; in knotbreaks Menü finden Sie „Jetzt eine Pause machen“, wenn Sie sie früher möchten.</translation>
    </message>
    <message>
        <source>Breaks have resumed.</source>
        <translation>Die Pausen laufen wieder.</translation>
    </message>
    <message>
        <source>A break is already in progress.</source>
        <translation>Es läuft bereits eine Pause.</translation>
    </message>
    <message>
        <source>These are stretches you asked for, so there is nothing to snooze: press Done or Skip to end them.</source>
        <translation>Diese Dehnungen haben Sie selbst gestartet, es gibt nichts aufzuschieben: Beenden Sie sie mit „Fertig“ oder „Überspringen“.</translation>
    </message>
    <message>
        <source>No snoozes left for this break (the limit is {limit}). Take the break now or skip it.</source>
        <translation>Diese Pause lässt sich nicht mehr verschieben (höchstens {limit}‑mal). Machen Sie die Pause jetzt oder überspringen Sie sie.</translation>
    </message>
    <message>
        <source>No break is in progress.</source>
        <translation>Gerade läuft keine Pause.</translation>
    </message>
    <message>
        <source>That pause would already be over.</source>
        <translation>Diese Unterbrechung wäre schon vorbei.</translation>
    </message>
    <message>
        <source>Breaks are not paused.</source>
        <translation>Die Pausen sind nicht ausgesetzt.</translation>
    </message>
    <message>
        <source>That meeting would already be over.</source>
        <translation>Diese Besprechung wäre schon vorbei.</translation>
    </message>
    <message>
        <source>No meeting is on, so there is nothing to end.</source>
        <translation>Es läuft keine Besprechung, also gibt es nichts zu beenden.</translation>
    </message>
    <message>
        <source>No break is waiting to be put off.</source>
        <translation>Es wartet keine Pause, die sich verschieben ließe.</translation>
    </message>
    <message>
        <source>There is nothing to stretch for.</source>
        <translation>Es gibt nichts zu dehnen.</translation>
    </message>
    <message>
        <source>Breaks are paused; there is no break to snooze.</source>
        <translation>Die Pausen sind ausgesetzt; es gibt keine Pause zu verschieben.</translation>
    </message>
    <message>
        <source>It is outside your working hours; there is no break to snooze.</source>
        <translation>Es ist außerhalb Ihrer Arbeitszeit; es gibt keine Pause zu verschieben.</translation>
    </message>
    <message>
        <source>Breaks are paused; there is no break to skip.</source>
        <translation>Die Pausen sind ausgesetzt; es gibt keine Pause zu überspringen.</translation>
    </message>
    <message>
        <source>It is outside your working hours; there is no break to skip.</source>
        <translation>Es ist außerhalb Ihrer Arbeitszeit; es gibt keine Pause zu überspringen.</translation>
    </message>
    <message>
        <source>That posture cue is unknown.</source>
        <translation>Diesen Haltungshinweis gibt es nicht.</translation>
    </message>
    <message>
        <source>A posture cue cannot show right now.</source>
        <translation>Ein Haltungshinweis kann gerade nicht erscheinen.</translation>
    </message>
    <message>
        <source>No micro-break is showing.</source>
        <translation>Es ist gerade keine Mikropause offen.</translation>
    </message>
    <message>
        <source>You&apos;ve been at the computer 4 hours today. Maybe it is a good moment to wind down.</source>
        <translation>Sie sitzen heute schon 4 Stunden am Computer. Vielleicht ist es ein guter Moment, langsam Schluss zu machen.</translation>
    </message>
    <message>
        <source>You&apos;ve been at the computer 5 hours today. Maybe it is a good moment to wind down.</source>
        <translation>Sie sitzen heute schon 5 Stunden am Computer. Vielleicht ist es ein guter Moment, langsam Schluss zu machen.</translation>
    </message>
    <message>
        <source>You&apos;ve been at the computer 6 hours today. Maybe it is a good moment to wind down.</source>
        <translation>Sie sitzen heute schon 6 Stunden am Computer. Vielleicht ist es ein guter Moment, langsam Schluss zu machen.</translation>
    </message>
    <message>
        <source>You&apos;ve been at the computer 7 hours today. Maybe it is a good moment to wind down.</source>
        <translation>Sie sitzen heute schon 7 Stunden am Computer. Vielleicht ist es ein guter Moment, langsam Schluss zu machen.</translation>
    </message>
    <message>
        <source>You&apos;ve been at the computer 8 hours today. Maybe it is a good moment to wind down.</source>
        <translation>Sie sitzen heute schon 8 Stunden am Computer. Vielleicht ist es ein guter Moment, langsam Schluss zu machen.</translation>
    </message>
    <message>
        <source>You&apos;ve been at the computer 9 hours today. Maybe it is a good moment to wind down.</source>
        <translation>Sie sitzen heute schon 9 Stunden am Computer. Vielleicht ist es ein guter Moment, langsam Schluss zu machen.</translation>
    </message>
    <message>
        <source>You&apos;ve been at the computer 10 hours today. Maybe it is a good moment to wind down.</source>
        <translation>Sie sitzen heute schon 10 Stunden am Computer. Vielleicht ist es ein guter Moment, langsam Schluss zu machen.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Where your files are</source>
        <translation>Wo Ihre Dateien liegen</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>History and checks:</source>
        <translation>Verlauf und Checks:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the folder {folder}</source>
        <translation>Den Ordner {folder} öffnen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>One .zip file with your settings, your own stretches and everything knotbreak has recorded, plus a README that explains the files.</source>
        <translation>Eine .zip-Datei mit Ihren Einstellungen, Ihren eigenen Dehnungen und allem, was knotbreak aufgezeichnet hat, dazu eine README, die die Dateien erklärt.</translation>
    </message>
    <message>
        <source>Export all data…</source>
        <translation>Alle Daten exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deletes your break history, knot journal, workstation checks, the log and copies of damaged files, for good. Settings, your own stretches and a pause you set are kept.</source>
        <translation>Löscht Ihren Pausenverlauf, das Knotentagebuch, die Arbeitsplatz-Checks, das Protokoll und Kopien beschädigter Dateien endgültig. Einstellungen, Ihre eigenen Dehnungen und eine von Ihnen eingelegte Pause bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete all data…</source>
        <translation>Alle Daten löschen…</translation>
    </message>
    <message>
        <source>The folder {folder} could not be created ({error}).</source>
        <translation>Der Ordner {folder} konnte nicht angelegt werden ({error}).</translation>
    </message>
    <message>
        <source>No file manager could open {folder}. Its path is shown above; you can copy it from there.</source>
        <translation>Kein Dateimanager konnte {folder} öffnen. Der Pfad steht oben; Sie können ihn dort kopieren.</translation>
    </message>
    <message>
        <source>Nothing was exported: {error}</source>
        <translation>Es wurde nichts exportiert: {error}</translation>
    </message>
    <message>
        <source>Exported {count} files to {path}.</source>
        <translation>{count} Dateien nach {path} exportiert.</translation>
    </message>
    <message>
        <source>These could not be read and are missing: {files}</source>
        <translation>Diese Dateien ließen sich nicht lesen und fehlen: {files}</translation>
    </message>
    <message>
        <source>Some data could not be deleted: {problem}</source>
        <translation>Einige Daten konnten nicht gelöscht werden: {problem}</translation>
    </message>
    <message>
        <source>All data was deleted. knotbreak keeps running with a fresh history.</source>
        <translation>Alle Daten wurden gelöscht. knotbreak läuft mit einem neuen Verlauf weiter.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Delete all data?</source>
        <translation>Alle Daten löschen?</translation>
    </message>
    <message>
        <source>This permanently deletes:</source>
        <translation>Damit wird endgültig gelöscht:</translation>
    </message>
    <message>
        <source>Your settings and any stretches you added yourself are kept. knotbreak keeps running. This cannot be undone: if you might want your history later, choose Cancel and use “Export all data…” first.</source>
        <translation>Ihre Einstellungen und selbst hinzugefügte Dehnungen bleiben erhalten. knotbreak läuft weiter. Das lässt sich nicht rückgängig machen: Wenn Sie Ihren Verlauf später vielleicht noch brauchen, wählen Sie „Abbrechen“ und zuerst „Alle Daten exportieren…“.</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Mir ist klar, dass sich das nicht rückgängig machen lässt</translation>
    </message>
    <message>
        <source>Delete all data</source>
        <translation>Alle Daten löschen</translation>
    </message>
</context>
<context>
    <name>DurationSpinBox</name>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} Min. {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>&apos;{text}&apos; is negative; give a duration like 45m, 2h or 1h30m</source>
        <translation>„{text}“ ist negativ; geben Sie eine Dauer wie 45m, 2h oder 1h30m an</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a duration; write it like 45m, 2h or 1h30m</source>
        <translation>„{text}“ ist keine Dauer; schreiben Sie sie zum Beispiel als 45m, 2h oder 1h30m</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is zero; give a duration longer than that</source>
        <translation>„{text}“ ist null; geben Sie eine längere Dauer an</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is longer than {longest}</source>
        <translation>„{text}“ ist länger als {longest}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
</context>
<context>
    <name>Ergonomics</name>
    <message>
        <source>Less than 4 hours</source>
        <translation>Weniger als 4 Stunden</translation>
    </message>
    <message>
        <source>4 to 6 hours</source>
        <translation>4 bis 6 Stunden</translation>
    </message>
    <message>
        <source>More than 6 hours</source>
        <translation>Mehr als 6 Stunden</translation>
    </message>
    <message>
        <source>Neck and shoulders</source>
        <translation>Nacken und Schultern</translation>
    </message>
    <message>
        <source>Upper back and chest</source>
        <translation>Oberer Rücken und Brust</translation>
    </message>
    <message>
        <source>Low back and hips</source>
        <translation>Unterer Rücken und Hüften</translation>
    </message>
    <message>
        <source>Wrists and forearms</source>
        <translation>Handgelenke und Unterarme</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <source>A laptop on its own</source>
        <translation>Nur ein Laptop</translation>
    </message>
    <message>
        <source>One separate screen</source>
        <translation>Ein separater Bildschirm</translation>
    </message>
    <message>
        <source>Two screens</source>
        <translation>Zwei Bildschirme</translation>
    </message>
    <message>
        <source>a laptop on its own</source>
        <translation>nur ein Laptop</translation>
    </message>
    <message>
        <source>one separate screen</source>
        <translation>ein separater Bildschirm</translation>
    </message>
    <message>
        <source>two screens</source>
        <translation>zwei Bildschirme</translation>
    </message>
    <message>
        <source>You work on a laptop on its own, which pulls the head down and the shoulders in.</source>
        <translation>Sie arbeiten nur am Laptop; das zieht den Kopf nach unten und die Schultern nach vorn.</translation>
    </message>
    <message>
        <source>You sit for long stretches; getting up more often breaks that up.</source>
        <translation>Sie sitzen lange am Stück; öfter aufzustehen unterbricht das.</translation>
    </message>
    <message>
        <source>You have some discomfort now, so shorter spells of work give it a rest sooner.</source>
        <translation>Sie haben gerade Beschwerden; kürzere Arbeitsphasen gönnen ihnen früher eine Ruhe.</translation>
    </message>
    <message>
        <source>Short breaks every 50 minutes or so, of about 5 minutes, suit most desk work.</source>
        <translation>Kurze Pausen von etwa 5 Minuten, ungefähr alle 50 Minuten, passen zu den meisten Schreibtischarbeiten.</translation>
    </message>
    <message>
        <source>Your screens changed: {before} → {after}.</source>
        <translation>Ihre Bildschirme haben sich geändert: {before} → {after}.</translation>
    </message>
    <message>
        <source>{area}: up from {before}% to {after}%.</source>
        <translation>{area}: gestiegen von {before} % auf {after} %.</translation>
    </message>
    <message>
        <source>{area}: down from {before}% to {after}%.</source>
        <translation>{area}: gesunken von {before} % auf {after} %.</translation>
    </message>
    <message>
        <source>Done since last time: {fix}</source>
        <translation>Seit dem letzten Mal erledigt: {fix}</translation>
    </message>
    <message>
        <source>New to fix: {fix}</source>
        <translation>Neu zu verbessern: {fix}</translation>
    </message>
    <message>
        <source>Still to fix from last time: {count}.</source>
        <translation>Vom letzten Mal noch offen: {count}.</translation>
    </message>
    <message>
        <source>Nothing changed since last time.</source>
        <translation>Seit dem letzten Mal hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ErgonomicsLauncher</name>
    <message>
        <source>the settings file is from a newer knotbreak and is left unchanged</source>
        <translation>die Einstellungsdatei stammt von einem neueren knotbreak und bleibt unverändert</translation>
    </message>
    <message>
        <source>Time to re-check your workstation: choose Workstation check in the tray menu. It takes a few minutes and shows what changed since last time.</source>
        <translation>Zeit, Ihren Arbeitsplatz wieder zu prüfen: Wählen Sie „Arbeitsplatz-Check“ im Menü des Symbols. Es dauert ein paar Minuten und zeigt, was sich seit dem letzten Mal geändert hat.</translation>
    </message>
    <message>
        <source>Time to re-check your workstation: choose Workstation check under Menu in the status window. It takes a few minutes and shows what changed since last time.</source>
        <translation>Zeit, Ihren Arbeitsplatz wieder zu prüfen: Wählen Sie „Arbeitsplatz-Check“ unter „Menü“ im Statusfenster. Es dauert ein paar Minuten und zeigt, was sich seit dem letzten Mal geändert hat.</translation>
    </message>
</context>
<context>
    <name>ErgonomicsWizard</name>
    <message>
        <source>Workstation check — knotbreak</source>
        <translation>Arbeitsplatz-Check — knotbreak</translation>
    </message>
    <message>
        <source>{title} · {number} of {total}</source>
        <translation>{title} · {number} von {total}</translation>
    </message>
    <message>
        <source>Your results could not be saved: {error}.</source>
        <translation>Ihre Ergebnisse konnten nicht gespeichert werden: {error}.</translation>
    </message>
    <message>
        <source>Save the workstation report</source>
        <translation>Arbeitsplatzbericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report as {path}.</source>
        <translation>Der Bericht wurde als {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>FirstRunOffer</name>
    <message>
        <source>Welcome — knotbreak</source>
        <translation>Willkommen — knotbreak</translation>
    </message>
    <message>
        <source>knotbreak is running in your tray.</source>
        <translation>knotbreak läuft jetzt im Infobereich.</translation>
    </message>
    <message>
        <source>knotbreak is running.</source>
        <translation>knotbreak läuft.</translation>
    </message>
    <message>
        <source>Would you like a five-minute check of your chair, desk and screen? It ends with a short list of fixes.</source>
        <translation>Möchten Sie Stuhl, Tisch und Bildschirm in fünf Minuten prüfen? Am Ende steht eine kurze Liste von Verbesserungen.</translation>
    </message>
    <message>
        <source>&amp;Check my workstation</source>
        <translation>&amp;Arbeitsplatz prüfen</translation>
    </message>
    <message>
        <source>Start the workstation check</source>
        <translation>Den Arbeitsplatz-Check starten</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Not now; it stays in the tray menu</source>
        <translation>Nicht jetzt; er bleibt im Menü des Symbols</translation>
    </message>
    <message>
        <source>Not now; it stays in the status window&apos;s menu</source>
        <translation>Nicht jetzt; er bleibt im Menü des Statusfensters</translation>
    </message>
    <message>
        <source>You can run it any time from the tray menu: Workstation check.</source>
        <translation>Sie können ihn jederzeit im Menü des Symbols starten: Arbeitsplatz-Check.</translation>
    </message>
    <message>
        <source>You can run it any time from Menu in knotbreak&apos;s status window: Workstation check.</source>
        <translation>Sie können ihn jederzeit unter „Menü“ in knotbreaks Statusfenster starten: Arbeitsplatz-Check.</translation>
    </message>
    <message>
        <source>knotbreak is for prevention and comfort, not diagnosis.</source>
        <translation>knotbreak dient der Vorbeugung und dem Wohlbefinden, nicht der Diagnose.</translation>
    </message>
    <message>
        <source>When to see a clinician</source>
        <translation>Wann Sie ärztlichen Rat suchen sollten</translation>
    </message>
</context>
<context>
    <name>HabitsExtra</name>
    <message>
        <source>Your day</source>
        <translation>Ihr Tag</translation>
    </message>
    <message>
        <source>Hours a day sitting at the desk</source>
        <translation>Stunden am Tag am Schreibtisch sitzend</translation>
    </message>
    <message>
        <source>&amp;Hours a day at the desk:</source>
        <translation>&amp;Stunden am Tag am Schreibtisch:</translation>
    </message>
    <message>
        <source>I often sit for more than an hour without getting up</source>
        <translation>Ich sitze oft länger als eine Stunde, ohne aufzustehen</translation>
    </message>
    <message>
        <source>Is anything uncomfortable or sore at the moment?</source>
        <translation>Ist gerade etwas unangenehm oder tut weh?</translation>
    </message>
    <message>
        <source>Discomfort now: {area}</source>
        <translation>Beschwerden gerade: {area}</translation>
    </message>
    <message>
        <source>I expect to move desks or change my setup in the next month</source>
        <translation>Ich werde im nächsten Monat wohl den Platz wechseln oder ihn umbauen</translation>
    </message>
</context>
<context>
    <name>HealthNotes</name>
    <message>
        <source>knotbreak is for prevention and comfort. It does not diagnose or treat anything, and it cannot tell what is behind a knot.</source>
        <translation>knotbreak dient der Vorbeugung und dem Wohlbefinden. Es stellt keine Diagnosen, behandelt nichts und kann nicht sagen, was hinter einem Knoten steckt.</translation>
    </message>
    <message>
        <source>Get help straight away</source>
        <translation>Sofort Hilfe holen</translation>
    </message>
    <message>
        <source>Call your emergency number or get medical help the same day if you have:</source>
        <translation>Rufen Sie den Notruf an oder holen Sie noch am selben Tag ärztliche Hilfe, wenn Sie Folgendes haben:</translation>
    </message>
    <message>
        <source>Pressure or pain in the chest, which may spread to an arm, the jaw, the neck or the back, especially with sweating, breathlessness, feeling sick or dizziness. A heart problem can feel like a knot in the shoulder or jaw.</source>
        <translation>Druck oder Schmerzen in der Brust, die in einen Arm, den Kiefer, den Hals oder den Rücken ausstrahlen können, besonders mit Schwitzen, Atemnot, Übelkeit oder Schwindel. Ein Herzproblem kann sich wie ein Knoten in Schulter oder Kiefer anfühlen.</translation>
    </message>
    <message>
        <source>A stiff neck together with a fever or a severe headache.</source>
        <translation>Ein steifer Nacken zusammen mit Fieber oder sehr starken Kopfschmerzen.</translation>
    </message>
    <message>
        <source>Numbness around the groin or buttocks, new changes in how your bladder or bowels work, or weakness in both legs.</source>
        <translation>Taubheit im Bereich von Leiste oder Gesäß, neue Veränderungen bei Blase oder Darm oder Schwäche in beiden Beinen.</translation>
    </message>
    <message>
        <source>Sudden weakness, numbness or tingling in the face, an arm or a leg; sudden double vision or loss of sight; sudden changes in speech or swallowing; suddenly losing your balance.</source>
        <translation>Plötzliche Schwäche, Taubheit oder Kribbeln in Gesicht, Arm oder Bein; plötzliche Doppelbilder oder Sehverlust; plötzliche Sprach- oder Schluckstörungen; plötzlicher Gleichgewichtsverlust.</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Einen Termin vereinbaren</translation>
    </message>
    <message>
        <source>See a doctor or physiotherapist when:</source>
        <translation>Gehen Sie zu einer Ärztin, einem Arzt oder in die Physiotherapie, wenn:</translation>
    </message>
    <message>
        <source>Muscle pain does not ease with rest, massage and other self-care.</source>
        <translation>Muskelschmerzen mit Ruhe, Massage und anderer Selbsthilfe nicht nachlassen.</translation>
    </message>
    <message>
        <source>The pain has not eased after two to four weeks of self-care, or it suddenly gets worse.</source>
        <translation>die Schmerzen nach zwei bis vier Wochen Selbsthilfe nicht nachgelassen haben oder plötzlich schlimmer werden.</translation>
    </message>
    <message>
        <source>Pain spreads from the neck or back down into an arm or a leg.</source>
        <translation>Schmerzen vom Nacken oder Rücken in einen Arm oder ein Bein ausstrahlen.</translation>
    </message>
    <message>
        <source>Pins and needles, numbness or weakness in an arm or hand do not go away.</source>
        <translation>Kribbeln, Taubheit oder Schwäche in einem Arm oder einer Hand nicht weggehen.</translation>
    </message>
    <message>
        <source>A leg feels numb or weak (both legs at once: get help straight away).</source>
        <translation>sich ein Bein taub oder schwach anfühlt (beide Beine zugleich: sofort Hilfe holen).</translation>
    </message>
    <message>
        <source>The pain started after a fall or another injury, or comes with a fever, weight loss you cannot explain, a history of cancer, or inflammatory arthritis.</source>
        <translation>die Schmerzen nach einem Sturz oder einer anderen Verletzung begonnen haben oder mit Fieber, unerklärlichem Gewichtsverlust, einer Krebserkrankung in der Vorgeschichte oder entzündlichem Rheuma einhergehen.</translation>
    </message>
    <message>
        <source>The pain is severe enough to get in the way of daily life, or the area is swollen or red.</source>
        <translation>die Schmerzen so stark sind, dass sie den Alltag behindern, oder die Stelle geschwollen oder gerötet ist.</translation>
    </message>
    <message>
        <source>Pain or pressure in the chest is not a knot to stretch away. If it came on suddenly, feels heavy or tight, spreads to an arm, the jaw, the neck or the back, or comes with breathlessness, sweating, feeling sick or dizziness, call your emergency number now (112 in Europe, 999 in the UK, 911 in North America).</source>
        <translation>Schmerzen oder Druck in der Brust sind kein Knoten, den man wegdehnt. Wenn sie plötzlich begonnen haben, sich schwer oder eng anfühlen, in einen Arm, den Kiefer, den Hals oder den Rücken ausstrahlen oder mit Atemnot, Schwitzen, Übelkeit oder Schwindel einhergehen, rufen Sie sofort den Notruf an (112 in Europa, 999 in Großbritannien, 911 in Nordamerika).</translation>
    </message>
    <message>
        <source>Jaw pain can come from the heart. If it comes with pain or pressure in the chest, pain in an arm, breathlessness, sweating, feeling sick or dizziness, call your emergency number now (112 in Europe, 999 in the UK, 911 in North America).</source>
        <translation>Kieferschmerzen können vom Herzen kommen. Wenn sie mit Schmerzen oder Druck in der Brust, Schmerzen in einem Arm, Atemnot, Schwitzen, Übelkeit oder Schwindel einhergehen, rufen Sie sofort den Notruf an (112 in Europa, 999 in Großbritannien, 911 in Nordamerika).</translation>
    </message>
    <message>
        <source>Call your emergency number now (112 in Europe, 999 in the UK, 911 in North America) if a headache came on suddenly and is very severe, or comes with a stiff neck and fever, confusion, sudden weakness or numbness in the face, an arm or a leg, slurred speech, or sudden changes in sight or balance.</source>
        <translation>Rufen Sie sofort den Notruf an (112 in Europa, 999 in Großbritannien, 911 in Nordamerika), wenn Kopfschmerzen plötzlich und sehr stark begonnen haben oder mit steifem Nacken und Fieber, Verwirrtheit, plötzlicher Schwäche oder Taubheit in Gesicht, Arm oder Bein, verwaschener Sprache oder plötzlichen Seh- oder Gleichgewichtsstörungen einhergehen.</translation>
    </message>
</context>
<context>
    <name>HealthNotesDialog</name>
    <message>
        <source>Health notes and red flags</source>
        <translation>Gesundheitshinweise und Warnzeichen</translation>
    </message>
    <message>
        <source>Health notes</source>
        <translation>Gesundheitshinweise</translation>
    </message>
    <message>
        <source>The full health notes could not be loaded ({problem}). In short: knotbreak is for prevention and comfort, not diagnosis. Chest pain, new weakness or numbness, or a stiff neck with fever need medical help straight away; pain that does not ease with self-care in a couple of weeks is worth an appointment.</source>
        <translation>Die vollständigen Gesundheitshinweise konnten nicht geladen werden ({problem}). Kurz gesagt: knotbreak dient der Vorbeugung und dem Wohlbefinden, nicht der Diagnose. Brustschmerzen, neue Schwäche oder Taubheit oder ein steifer Nacken mit Fieber brauchen sofort ärztliche Hilfe; Schmerzen, die mit Selbsthilfe in zwei, drei Wochen nicht nachlassen, sind einen Termin wert.</translation>
    </message>
    <message>
        <source>Stop a stretch straight away if it causes tingling, numbness, dizziness or pain that spreads, and do not stretch into pain.</source>
        <translation>Brechen Sie eine Dehnung sofort ab, wenn sie Kribbeln, Taubheit, Schwindel oder ausstrahlende Schmerzen auslöst, und dehnen Sie nie in den Schmerz hinein.</translation>
    </message>
</context>
<context>
    <name>HoldRing</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>{time}, paused</source>
        <translation>{time}, angehalten</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
</context>
<context>
    <name>Intensity</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>barely there</source>
        <translation>kaum spürbar</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>noticeable</source>
        <translation>spürbar</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sehr stark</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>am stärksten</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>A few minutes of questions about your chair, desk, screens and habits. At the end you get a score for each area, the few changes that matter most, and break settings that suit how you work.</source>
        <translation>Ein paar Minuten Fragen zu Stuhl, Tisch, Bildschirmen und Gewohnheiten. Am Ende erhalten Sie eine Bewertung für jeden Bereich, die wenigen Änderungen, die am meisten bringen, und Pauseneinstellungen, die zu Ihrer Arbeitsweise passen.</translation>
    </message>
    <message>
        <source>You last did this check on {date}. Your answers from then are filled in: change only what is different.</source>
        <translation>Sie haben diesen Check zuletzt am {date} gemacht. Ihre Antworten von damals sind eingetragen: Ändern Sie nur, was anders ist.</translation>
    </message>
    <message>
        <source>Use Tab to move between questions and the arrow keys to pick an answer.</source>
        <translation>Mit der Tabulatortaste gelangen Sie von Frage zu Frage, mit den Pfeiltasten wählen Sie eine Antwort.</translation>
    </message>
</context>
<context>
    <name>ItemQuestion</name>
    <message>
        <source>Good: {answer}</source>
        <translation>Gut: {answer}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Trifft nicht zu</translation>
    </message>
    <message>
        <source>{answer}: {question}</source>
        <translation>{answer}: {question}</translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <source>Last 2 weeks</source>
        <translation>Letzte 2 Wochen</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Knot journal</source>
        <translation>Knotentagebuch</translation>
    </message>
    <message>
        <source>How your knots have felt, beside the breaks you took.</source>
        <translation>Wie sich Ihre Knoten angefühlt haben, neben den Pausen, die Sie gemacht haben.</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Chart of knot intensity and breaks per day</source>
        <translation>Diagramm der Knotenstärke und der Pausen pro Tag</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Tagebucheinträge, die neuesten zuerst</translation>
    </message>
    <message>
        <source>&amp;Log a knot...</source>
        <translation>&amp;Knoten notieren…</translation>
    </message>
    <message>
        <source>&amp;Health notes...</source>
        <translation>&amp;Gesundheitshinweise…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The journal could not be read ({error}).</source>
        <translation>Das Tagebuch konnte nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <source>Breaks are not shown: {error}.</source>
        <translation>Die Pausen werden nicht angezeigt: {error}.</translation>
    </message>
    <message>
        <source>Nothing logged in this time. Use Log a knot when something feels tight; the chart fills in as you go.</source>
        <translation>In diesem Zeitraum ist nichts notiert. Nutzen Sie „Knoten notieren“, wenn sich etwas verspannt anfühlt; das Diagramm füllt sich mit der Zeit.</translation>
    </message>
    <message>
        <source>Intensity (0 none - 10 worst)</source>
        <translation>Stärke (0 keine – 10 max.)</translation>
    </message>
    <message>
        <source>Breaks per day</source>
        <translation>Pausen pro Tag</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Gemachte Pausen</translation>
    </message>
    <message>
        <source>{value} - {word}</source>
        <translation>{value} – {word}</translation>
    </message>
    <message>
        <source>Health notes lists the warning signs and the sources.</source>
        <translation>Die Gesundheitshinweise nennen die Warnzeichen und die Quellen.</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Stretches — knotbreak</source>
        <translation>Dehnübungen — knotbreak</translation>
    </message>
    <message>
        <source>Search stretches</source>
        <translation>Übungen suchen</translation>
    </message>
    <message>
        <source>Stretches by area</source>
        <translation>Übungen nach Bereich</translation>
    </message>
    <message>
        <source>Nothing matches that search.</source>
        <translation>Zu dieser Suche passt nichts.</translation>
    </message>
    <message>
        <source>&amp;Add your own...</source>
        <translation>&amp;Eigene hinzufügen…</translation>
    </message>
    <message>
        <source>Add an exercise of your own, for example one from your physiotherapist</source>
        <translation>Eine eigene Übung hinzufügen, zum Beispiel eine von Ihrer Physiotherapie</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add the exercises of a routine file (.zip) someone shared with you</source>
        <translation>Die Übungen einer Übungsdatei (.zip) hinzufügen, die jemand mit Ihnen geteilt hat</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save your own exercises and their pictures as one file to share</source>
        <translation>Ihre eigenen Übungen samt Bildern als eine Datei zum Teilen speichern</translation>
    </message>
    <message>
        <source>Picture of the stretch</source>
        <translation>Bild der Übung</translation>
    </message>
    <message>
        <source>&amp;Start this stretch</source>
        <translation>Diese Übung &amp;starten</translation>
    </message>
    <message>
        <source>Do the selected stretch now, guided</source>
        <translation>Die gewählte Übung jetzt angeleitet machen</translation>
    </message>
    <message>
        <source>Breaks choose your favourites a little more often</source>
        <translation>Pausen wählen Ihre Favoriten etwas öfter</translation>
    </message>
    <message>
        <source>Breaks never choose a stretch you hide</source>
        <translation>Pausen wählen eine ausgeblendete Dehnung nie aus</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>Change this exercise of your own</source>
        <translation>Diese eigene Übung ändern</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>A short routine for:</source>
        <translation>Eine kurze Übungsfolge für:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (ausgeblendet)</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>★ &amp;Favourite</source>
        <translation>★ &amp;Favorit</translation>
    </message>
    <message>
        <source>☆ Mark as &amp;favourite</source>
        <translation>☆ Als &amp;Favorit markieren</translation>
    </message>
    <message>
        <source>&amp;Hidden from breaks: show again</source>
        <translation>&amp;Ausgeblendet: wieder zeigen</translation>
    </message>
    <message>
        <source>&amp;Hide from breaks</source>
        <translation>In Pausen aus&amp;blenden</translation>
    </message>
    <message>
        <source>This one is done at your own pace, outside breaks</source>
        <translation>Diese Übung machen Sie in Ihrem eigenen Tempo, außerhalb der Pausen</translation>
    </message>
    <message numerus="yes">
        <source>%n slow rep(s)</source>
        <translation>
            <numerusform>%n langsame Wiederholung</numerusform>
            <numerusform>%n langsame Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hold %n second(s)</source>
        <translation>
            <numerusform>%n Sekunde halten</numerusform>
            <numerusform>%n Sekunden halten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>each side</source>
        <translation>je Seite</translation>
    </message>
    <message>
        <source>Dose:</source>
        <translation>Menge:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>For prevention and comfort, not diagnosis. Stop if it hurts, and see a clinician about pain that does not settle.</source>
        <translation>Zur Vorbeugung und für das Wohlbefinden, nicht zur Diagnose. Hören Sie auf, wenn es schmerzt, und lassen Sie Schmerzen, die nicht nachlassen, ärztlich abklären.</translation>
    </message>
    <message>
        <source>Start now: {what}</source>
        <translation>Jetzt starten: {what}</translation>
    </message>
    <message>
        <source>Saved. It can come up in your breaks from now on.</source>
        <translation>Gespeichert. Sie kann ab jetzt in Ihren Pausen vorkommen.</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Eine Übungsdatei importieren</translation>
    </message>
    <message>
        <source>Routine files (*.zip *.json)</source>
        <translation>Übungsdateien (*.zip *.json)</translation>
    </message>
    <message>
        <source>The exercises could not be saved ({error}); nothing was changed.</source>
        <translation>Die Übungen konnten nicht gespeichert werden ({error}); es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n exercise(s).</source>
        <translation>
            <numerusform>%n Übung importiert.</numerusform>
            <numerusform>%n Übungen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export your exercises</source>
        <translation>Ihre Übungen exportieren</translation>
    </message>
    <message>
        <source>Routine files (*.zip)</source>
        <translation>Übungsdateien (*.zip)</translation>
    </message>
    <message>
        <source>You have no exercises of your own to export yet.</source>
        <translation>Sie haben noch keine eigenen Übungen, die sich exportieren ließen.</translation>
    </message>
    <message>
        <source>{file} could not be written ({error}); choose another folder.</source>
        <translation>{file} konnte nicht geschrieben werden ({error}); wählen Sie einen anderen Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n exercise(s) to {file}.</source>
        <translation>
            <numerusform>%n Übung nach {file} exportiert.</numerusform>
            <numerusform>%n Übungen nach {file} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogKnotDialog</name>
    <message>
        <source>Log a knot</source>
        <translation>Knoten notieren</translation>
    </message>
    <message>
        <source>Where do you feel it? Click the spot on the body map, or choose it from the list. Then set how strong it is and press Save.</source>
        <translation>Wo spüren Sie ihn? Klicken Sie auf die Stelle in der Körperkarte oder wählen Sie sie aus der Liste. Stellen Sie dann ein, wie stark er ist, und drücken Sie „Speichern“.</translation>
    </message>
    <message>
        <source>Choose an area...</source>
        <translation>Bereich wählen…</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Intensity, 0 none to 10 worst</source>
        <translation>Stärke, 0 keine bis 10 am stärksten</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 keine</translation>
    </message>
    <message>
        <source>10 worst</source>
        <translation>10 am stärksten</translation>
    </message>
    <message>
        <source>Optional, e.g. after a long video call</source>
        <translation>Freiwillig, z. B. nach einem langen Videoanruf</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Intensity:</source>
        <translation>S&amp;tärke:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Health notes...</source>
        <translation>&amp;Gesundheitshinweise…</translation>
    </message>
    <message>
        <source>Open the &amp;journal...</source>
        <translation>&amp;Tagebuch öffnen…</translation>
    </message>
    <message>
        <source>No area chosen yet</source>
        <translation>Noch kein Bereich gewählt</translation>
    </message>
    <message>
        <source>Chosen: {area}</source>
        <translation>Gewählt: {area}</translation>
    </message>
    <message>
        <source>{value} - {word}</source>
        <translation>{value} – {word}</translation>
    </message>
    <message>
        <source>Choose where the knot is first: click the body map or pick an area from the list.</source>
        <translation>Wählen Sie zuerst, wo der Knoten ist: Klicken Sie in die Körperkarte oder wählen Sie einen Bereich aus der Liste.</translation>
    </message>
    <message>
        <source>The entry could not be saved ({error}). Check that the data folder is writable and try again.</source>
        <translation>Der Eintrag konnte nicht gespeichert werden ({error}). Prüfen Sie, ob der Datenordner beschreibbar ist, und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Saved: {area}, {value} of 10 ({word}).</source>
        <translation>Gespeichert: {area}, {value} von 10 ({word}).</translation>
    </message>
    <message>
        <source>Breaks do not lean toward chest stretches for a chest entry: pain in the chest is a reason to check with a clinician, not to stretch.</source>
        <translation>Ein Eintrag für die Brust lenkt die Pausen nicht zu Dehnungen der Brust: Schmerzen in der Brust sind ein Grund, ärztlichen Rat einzuholen, nicht zu dehnen.</translation>
    </message>
    <message>
        <source>Your next breaks will lean toward stretches for the {area} over the coming days. Log it again when it changes; a 0 tells knotbreak it has eased.</source>
        <translation>Ihre nächsten Pausen bevorzugen in den kommenden Tagen Dehnungen für den Bereich {area}. Notieren Sie es wieder, wenn es sich ändert; eine 0 sagt knotbreak, dass es nachgelassen hat.</translation>
    </message>
    <message>
        <source>Glad it has eased. Breaks stop leaning toward the {area}.</source>
        <translation>Schön, dass es nachgelassen hat. Die Pausen bevorzugen den Bereich {area} nicht mehr.</translation>
    </message>
    <message>
        <source>If this came on suddenly, or comes with pain or pressure in the chest, breathlessness, sweating, feeling sick, dizziness, weakness or trouble speaking, call your emergency number now.</source>
        <translation>Wenn es plötzlich begonnen hat oder mit Schmerzen oder Druck in der Brust, Atemnot, Schwitzen, Übelkeit, Schwindel, Schwäche oder Sprachstörungen einhergeht, rufen Sie sofort den Notruf an.</translation>
    </message>
    <message>
        <source>First, the warning signs</source>
        <translation>Zuerst die Warnzeichen</translation>
    </message>
</context>
<context>
    <name>ManagedSettings</name>
    <message>
        <source>it is larger than 1 MB</source>
        <translation>sie ist größer als 1 MB</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>it is not valid JSON (line {line}, column {column})</source>
        <translation>sie ist kein gültiges JSON (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>sie ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>it must be a JSON object with &quot;schema&quot;: 1, &quot;defaults&quot; and &quot;locked&quot;</source>
        <translation>sie muss ein JSON-Objekt mit &quot;schema&quot;: 1, &quot;defaults&quot; und &quot;locked&quot; sein</translation>
    </message>
    <message>
        <source>&quot;defaults&quot; must be an object of settings and &quot;locked&quot; a list of their names</source>
        <translation>&quot;defaults&quot; muss ein Objekt mit Einstellungen sein und &quot;locked&quot; eine Liste ihrer Namen</translation>
    </message>
    <message>
        <source>{file}: &apos;{key}&apos;: {error}; it was ignored</source>
        <translation>{file}: &apos;{key}&apos;: {error}; der Wert wurde nicht verwendet</translation>
    </message>
    <message>
        <source>{file}: {key} is not a setting this version knows; it was ignored</source>
        <translation>{file}: {key} ist keine Einstellung, die diese Version kennt; sie wurde nicht verwendet</translation>
    </message>
    <message>
        <source>The administrator&apos;s settings in {file} were not used: {reason}. Built-in defaults apply; ask your administrator to fix the file.</source>
        <translation>Die Einstellungen Ihres Administrators in {file} wurden nicht verwendet: {reason}. Es gelten die eingebauten Standardwerte; bitten Sie Ihren Administrator, die Datei zu korrigieren.</translation>
    </message>
</context>
<context>
    <name>MeetingPrompt</name>
    <message>
        <source>Break waiting — knotbreak</source>
        <translation>Pause wartet — knotbreak</translation>
    </message>
    <message>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 Minuten</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 Stunde</translation>
    </message>
    <message>
        <source>&amp;2 hours</source>
        <translation>&amp;2 Stunden</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow morning</source>
        <translation>Bis &amp;morgen früh</translation>
    </message>
    <message>
        <source>Your meeting is over.</source>
        <translation>Ihre Besprechung ist vorbei.</translation>
    </message>
    <message>
        <source>The fullscreen window has closed.</source>
        <translation>Das Vollbildfenster ist geschlossen.</translation>
    </message>
    <message>
        <source>Breaks are no longer on hold.</source>
        <translation>Die Pausen warten nicht mehr.</translation>
    </message>
    <message>
        <source>{opening} A break came due at {clock} and is waiting. When would you like it?</source>
        <translation>{opening} Um {clock} wurde eine Pause fällig, sie wartet noch. Wann möchten Sie sie machen?</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Take it &amp;now</source>
        <translation>&amp;Jetzt machen</translation>
    </message>
    <message>
        <source>Take the break now</source>
        <translation>Die Pause jetzt machen</translation>
    </message>
    <message>
        <source>In &amp;5 minutes</source>
        <translation>In &amp;5 Minuten</translation>
    </message>
    <message>
        <source>Take the break in 5 minutes</source>
        <translation>Die Pause in 5 Minuten machen</translation>
    </message>
    <message>
        <source>&amp;Pause longer</source>
        <translation>&amp;Länger aussetzen</translation>
    </message>
    <message>
        <source>Pause breaks for longer</source>
        <translation>Die Pausen länger aussetzen</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>vorhin</translation>
    </message>
</context>
<context>
    <name>MessageWindow</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>MicroBreak</name>
    <message>
        <source>Posture check</source>
        <translation>Haltung prüfen</translation>
    </message>
    <message>
        <source>Let your ears sit over your shoulders: draw your head back a little, not down.</source>
        <translation>Bringen Sie die Ohren über die Schultern: den Kopf ein wenig zurückziehen, nicht senken.</translation>
    </message>
    <message>
        <source>Eye break</source>
        <translation>Augenpause</translation>
    </message>
    <message>
        <source>Look at something at least 6 metres (20 feet) away until the countdown ends, and blink slowly a few times.</source>
        <translation>Schauen Sie auf etwas, das mindestens 6 Meter entfernt ist, bis der Countdown abgelaufen ist, und blinzeln Sie ein paarmal langsam.</translation>
    </message>
    <message>
        <source>Shoulder roll</source>
        <translation>Schultern kreisen</translation>
    </message>
    <message>
        <source>Lift your shoulders towards your ears, then roll them back and let them drop.</source>
        <translation>Ziehen Sie die Schultern zu den Ohren hoch, rollen Sie sie dann nach hinten und lassen Sie sie fallen.</translation>
    </message>
    <message>
        <source>Let your shoulders drop and your upper arms hang loosely at your sides.</source>
        <translation>Lassen Sie die Schultern sinken und die Oberarme locker neben dem Körper hängen.</translation>
    </message>
    <message>
        <source>Chin tuck</source>
        <translation>Kinn zurückziehen</translation>
    </message>
    <message>
        <source>Sit tall and glide your chin straight back, nose level; hold for a breath, then relax.</source>
        <translation>Sitzen Sie aufrecht und schieben Sie das Kinn gerade nach hinten, die Nase bleibt waagerecht; einen Atemzug halten, dann lösen.</translation>
    </message>
    <message>
        <source>Put both feet flat on the floor (or on a footrest) and sit back against the backrest.</source>
        <translation>Stellen Sie beide Füße flach auf den Boden (oder eine Fußstütze) und lehnen Sie sich an die Rückenlehne.</translation>
    </message>
    <message>
        <source>Open your hands</source>
        <translation>Hände öffnen</translation>
    </message>
    <message>
        <source>Take your hands off the keys and mouse, spread your fingers wide, then let them relax.</source>
        <translation>Nehmen Sie die Hände von Tastatur und Maus, spreizen Sie die Finger weit und lassen Sie sie dann locker.</translation>
    </message>
    <message>
        <source>Stand up</source>
        <translation>Aufstehen</translation>
    </message>
    <message>
        <source>Stand up, walk a few steps and have a drink of water if it is at hand.</source>
        <translation>Stehen Sie auf, gehen Sie ein paar Schritte und trinken Sie einen Schluck Wasser, wenn eins in Reichweite ist.</translation>
    </message>
</context>
<context>
    <name>MicroBreakWindow</name>
    <message>
        <source>Micro-break — knotbreak</source>
        <translation>Mikropause — knotbreak</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>&amp;Snooze {duration}</source>
        <translation>{duration} &amp;später</translation>
    </message>
    <message>
        <source>Show this micro-break again in {duration} (S)</source>
        <translation>Diese Mikropause in {duration} noch einmal zeigen (S)</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Übers&amp;pringen</translation>
    </message>
    <message>
        <source>Skip this micro-break (Esc)</source>
        <translation>Diese Mikropause überspringen (Esc)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
</context>
<context>
    <name>NoticeWindow</name>
    <message>
        <source>Break coming up — knotbreak</source>
        <translation>Gleich ist Pause — knotbreak</translation>
    </message>
    <message>
        <source>Break in {minutes}:{seconds:02d}</source>
        <translation>Pause in {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source>{name} in {minutes}:{seconds:02d}</source>
        <translation>{name} in {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source>Time until the break</source>
        <translation>Zeit bis zur Pause</translation>
    </message>
    <message>
        <source>Start &amp;now</source>
        <translation>&amp;Jetzt beginnen</translation>
    </message>
    <message>
        <source>Start the break now</source>
        <translation>Die Pause jetzt beginnen</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Snooze the break</source>
        <translation>Die Pause verschieben</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Übers&amp;pringen</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Diese Pause überspringen</translation>
    </message>
    <message>
        <source>&amp;Snooze {duration}</source>
        <translation>{duration} &amp;später</translation>
    </message>
    <message>
        <source>Snooze the break for {duration}</source>
        <translation>Die Pause um {duration} verschieben</translation>
    </message>
    <message>
        <source>No snoozes left for this break</source>
        <translation>Diese Pause lässt sich nicht mehr verschieben</translation>
    </message>
</context>
<context>
    <name>PauseMemory</name>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it has no valid schema_version</source>
        <translation>ihr fehlt eine gültige „schema_version“</translation>
    </message>
    <message>
        <source>a newer knotbreak wrote it</source>
        <translation>eine neuere Version von knotbreak hat sie geschrieben</translation>
    </message>
    <message>
        <source>&apos;paused_until&apos; is not a time with a UTC offset</source>
        <translation>„paused_until“ ist keine Uhrzeit mit UTC-Versatz</translation>
    </message>
    <message>
        <source>The pause from before the restart was not restored ({file}: {reason}); breaks run as usual. Pause again from knotbreak&apos;s menu if you need to.</source>
        <translation>Das Aussetzen der Pausen von vor dem Neustart wurde nicht wiederhergestellt ({file}: {reason}); die Pausen kommen wie gewohnt. Setzen Sie sie bei Bedarf über knotbreaks Menü erneut aus.</translation>
    </message>
</context>
<context>
    <name>PostureCoach</name>
    <message>
        <source>The posture coach is on. Sit the way you want to sit and calibrate it: Settings &gt; Posture &gt; Calibrate. Until then it measures nothing.</source>
        <translation>Der Haltungscoach ist eingeschaltet. Setzen Sie sich so hin, wie Sie sitzen möchten, und kalibrieren Sie ihn: Einstellungen &gt; Haltung &gt; Kalibrieren. Bis dahin misst er nichts.</translation>
    </message>
    <message>
        <source>No camera was found, so the posture coach stays off. Connect one and turn the coach on again.</source>
        <translation>Es wurde keine Kamera gefunden, daher bleibt der Haltungscoach aus. Schließen Sie eine an und schalten Sie den Coach wieder ein.</translation>
    </message>
    <message>
        <source>Calibration did not see your face clearly: sit facing the camera in good light and try again.</source>
        <translation>Die Kalibrierung hat Ihr Gesicht nicht deutlich gesehen: Setzen Sie sich bei gutem Licht zur Kamera gewandt hin und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The posture coach needs OpenCV, which is not installed, so it stays off. Install knotbreak with its &apos;coach&apos; extra: pip install &apos;knotbreak[coach]&apos;.</source>
        <translation>Der Haltungscoach braucht OpenCV, das nicht installiert ist, daher bleibt er aus. Installieren Sie knotbreak mit dem Zusatz „coach“: pip install &apos;knotbreak[coach]&apos;.</translation>
    </message>
    <message>
        <source>OpenCV&apos;s face models were not found in {folder}, so the posture coach stays off. Reinstall opencv-python-headless version 4 (version 5 ships none).</source>
        <translation>Die Gesichtsmodelle von OpenCV wurden in {folder} nicht gefunden, daher bleibt der Haltungscoach aus. Installieren Sie opencv-python-headless Version 4 neu (Version 5 enthält keine).</translation>
    </message>
    <message>
        <source>No image files in {path}.</source>
        <translation>In {path} gibt es keine Bilddateien.</translation>
    </message>
    <message>
        <source>{path} is not an image or video OpenCV reads.</source>
        <translation>{path} ist kein Bild und kein Video, das OpenCV lesen kann.</translation>
    </message>
    <message>
        <source>No camera could be opened, so the posture coach stays off. Check that one is connected and that knotbreak may use it (on Linux: membership of the &apos;video&apos; group).</source>
        <translation>Es ließ sich keine Kamera öffnen, daher bleibt der Haltungscoach aus. Prüfen Sie, ob eine angeschlossen ist und knotbreak sie benutzen darf (unter Linux: Mitgliedschaft in der Gruppe „video“).</translation>
    </message>
    <message>
        <source>The camera opened but gave no picture: another app may hold it. Close it and turn the posture coach on again.</source>
        <translation>Die Kamera ließ sich öffnen, lieferte aber kein Bild: Vielleicht benutzt sie gerade ein anderes Programm. Schließen Sie es und schalten Sie den Haltungscoach wieder ein.</translation>
    </message>
    <message>
        <source>Posture coach</source>
        <translation>Haltungscoach</translation>
    </message>
    <message>
        <source>You&apos;re leaning toward the screen: sit back, ears over shoulders.</source>
        <translation>Sie lehnen sich zum Bildschirm vor: Setzen Sie sich zurück, die Ohren über den Schultern.</translation>
    </message>
    <message>
        <source>You&apos;ve sunk down in your chair: sit up tall against the backrest.</source>
        <translation>Sie sind im Stuhl zusammengesunken: Richten Sie sich an der Rückenlehne auf.</translation>
    </message>
    <message>
        <source>Your head is tilted to one side: level it, eyes straight ahead.</source>
        <translation>Ihr Kopf ist zur Seite geneigt: Halten Sie ihn gerade, den Blick nach vorn.</translation>
    </message>
    <message>
        <source>If the workstation check changed your chair, screen or camera, calibrate the posture coach again: Settings &gt; Posture &gt; Calibrate.</source>
        <translation>Wenn die Arbeitsplatzprüfung Ihren Stuhl, Bildschirm oder Ihre Kamera verändert hat, kalibrieren Sie den Haltungscoach neu: Einstellungen &gt; Haltung &gt; Kalibrieren.</translation>
    </message>
</context>
<context>
    <name>PostureDiagram</name>
    <message>
        <source>Side view of a person sitting well: the top of the screen is level with the eyes, the screen is about an arm&apos;s length away (50 to 100 cm), elbows are open to about 90 to 110 degrees, hips and knees are at about 90 degrees, feet are flat on the floor and the back rests against the backrest.</source>
        <translation>Seitenansicht einer Person, die gut sitzt: Die Oberkante des Bildschirms ist auf Augenhöhe, der Bildschirm etwa eine Armlänge entfernt (50 bis 100 cm), die Ellbogen sind etwa 90 bis 110 Grad geöffnet, Hüften und Knie stehen etwa im rechten Winkel, die Füße stehen flach auf dem Boden und der Rücken lehnt an der Rückenlehne.</translation>
    </message>
    <message>
        <source>About an arm&apos;s length (50–100 cm)</source>
        <translation>Etwa eine Armlänge (50–100 cm)</translation>
    </message>
    <message>
        <source>Top of screen at eye level</source>
        <translation>Oberkante auf Augenhöhe</translation>
    </message>
    <message>
        <source>Elbows 90–110°</source>
        <translation>Ellbogen 90–110°</translation>
    </message>
    <message>
        <source>Hips and knees about 90°</source>
        <translation>Hüften und Knie etwa 90°</translation>
    </message>
    <message>
        <source>Feet flat</source>
        <translation>Füße flach</translation>
    </message>
    <message>
        <source>Back supported</source>
        <translation>Rücken gestützt</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Posture diagram</source>
        <translation>Haltungsskizze</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Gentle</source>
        <translation>Sanft</translation>
    </message>
    <message>
        <source>A short break every hour, few long breaks, and room to snooze.</source>
        <translation>Jede Stunde eine kurze Pause, wenige lange Pausen und Spielraum zum Verschieben.</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>A 3-minute break every 45 minutes and a longer one every fourth time.</source>
        <translation>Alle 45 Minuten eine Pause von 3 Minuten und jedes vierte Mal eine längere.</translation>
    </message>
    <message>
        <source>Recovering from discomfort</source>
        <translation>Bei Beschwerden</translation>
    </message>
    <message>
        <source>Breaks every 30 minutes, longer breaks and fewer snoozes; stretches keep the usual 2 x 30 s holds. If pain is sharp or lasts, please see a health professional.</source>
        <translation>Pausen alle 30 Minuten, längere Pausen und seltener verschieben; Dehnungen bleiben beim üblichen Halten von 2 x 30 s. Wenn Schmerzen stechen oder anhalten, lassen Sie sie bitte ärztlich oder physiotherapeutisch abklären.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Restore defaults?</source>
        <translation>Standardwerte wiederherstellen?</translation>
    </message>
    <message>
        <source>Every setting in this window goes back to its default value. Nothing is saved until you choose Apply or OK; Cancel keeps your current settings.</source>
        <translation>Jede Einstellung in diesem Fenster kehrt zu ihrem Standardwert zurück. Gespeichert wird erst, wenn Sie „Anwenden“ oder „OK“ wählen; „Abbrechen“ behält Ihre jetzigen Einstellungen.</translation>
    </message>
    <message>
        <source>Restore d&amp;efaults</source>
        <translation>Standard&amp;werte wiederherstellen</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Alle Daten exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
</context>
<context>
    <name>ProposalPage</name>
    <message>
        <source>Breaks that suit you</source>
        <translation>Pausen, die zu Ihnen passen</translation>
    </message>
    <message>
        <source>Based on your answers, knotbreak suggests these break settings.</source>
        <translation>Nach Ihren Antworten schlägt knotbreak diese Pauseneinstellungen vor.</translation>
    </message>
    <message>
        <source> minutes</source>
        <comment>spin box suffix</comment>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Work time between breaks, in minutes</source>
        <translation>Arbeitszeit zwischen den Pausen, in Minuten</translation>
    </message>
    <message>
        <source>&amp;Work between breaks:</source>
        <translation>&amp;Arbeit zwischen den Pausen:</translation>
    </message>
    <message>
        <source>Break length, in minutes</source>
        <translation>Pausenlänge, in Minuten</translation>
    </message>
    <message>
        <source>Break &amp;length:</source>
        <translation>Pausen&amp;länge:</translation>
    </message>
    <message>
        <source>Focus the break exercises on:</source>
        <translation>Die Übungen in den Pausen richten sich auf:</translation>
    </message>
    <message>
        <source>Break focus: {area}</source>
        <translation>Schwerpunkt der Pausen: {area}</translation>
    </message>
    <message>
        <source>&amp;Use these break settings</source>
        <translation>Diese Pauseneinstellungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>Use these break settings</source>
        <translation>Diese Pauseneinstellungen übernehmen</translation>
    </message>
    <message>
        <source>You have breaks every {interval} minutes for {length} now.</source>
        <translation>Zurzeit haben Sie alle {interval} Minuten eine Pause von {length}.</translation>
    </message>
    <message>
        <source>You can change break settings in knotbreak&apos;s Settings.</source>
        <translation>Die Pauseneinstellungen können Sie in den Einstellungen von knotbreak ändern.</translation>
    </message>
    <message>
        <source>knotbreak will offer this check again around {date}, or sooner if you tell it you moved desks.</source>
        <translation>knotbreak bietet diesen Check um den {date} wieder an, oder früher, wenn Sie angeben, dass Sie den Platz gewechselt haben.</translation>
    </message>
    <message>
        <source>The break settings could not be saved ({error}). Try again, or set them in Settings.</source>
        <translation>Die Pauseneinstellungen konnten nicht gespeichert werden ({error}). Versuchen Sie es noch einmal oder stellen Sie sie in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Done. Breaks now come every {interval} minutes and last {length}.</source>
        <translation>Erledigt. Pausen kommen jetzt alle {interval} Minuten und dauern {length}.</translation>
    </message>
    <message>
        <source>Added {area}: {why}.</source>
        <translation>{area} hinzugefügt: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>Not ticked: %1. The suggestion keeps to the %n areas your answers point to most; tick any of them again if you want.</source>
        <translation>
            <numerusform>Nicht angekreuzt: %1. Der Vorschlag beschränkt sich auf den %n Bereich, auf den Ihre Antworten am meisten hinweisen; kreuzen Sie gern wieder an, was Sie möchten.</numerusform>
            <numerusform>Nicht angekreuzt: %1. Der Vorschlag beschränkt sich auf die %n Bereiche, auf die Ihre Antworten am meisten hinweisen; kreuzen Sie gern wieder an, was Sie möchten.</numerusform>
        </translation>
    </message>
    <message>
        <source>you said it is uncomfortable now</source>
        <translation>Sie sagten, dass es dort gerade unangenehm ist</translation>
    </message>
    <message>
        <source>you sit for long stretches</source>
        <translation>Sie sitzen lange am Stück</translation>
    </message>
    <message>
        <source>you work on a laptop on its own</source>
        <translation>Sie arbeiten nur am Laptop</translation>
    </message>
    <message>
        <source>some of your answers to fix point there</source>
        <translation>einige Ihrer Antworten mit Verbesserungsbedarf weisen dorthin</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The checklist could not be loaded ({error}).</source>
        <translation>Die Checkliste konnte nicht geladen werden ({error}).</translation>
    </message>
    <message>
        <source>The saved checks could not be read: {error}.</source>
        <translation>Die gespeicherten Checks konnten nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>The report needs Qt&apos;s graphics module, but a non-graphical Qt app is running.</source>
        <translation>Der Bericht braucht das Grafikmodul von Qt, aber es läuft eine Qt-Anwendung ohne Grafik.</translation>
    </message>
    <message>
        <source>There is no workstation check to export yet. Run it first with `knotbreak ergonomics` or from knotbreak&apos;s menu.</source>
        <translation>Es gibt noch keinen Arbeitsplatz-Check zum Exportieren. Machen Sie ihn zuerst mit `knotbreak ergonomics` oder über knotbreaks Menü.</translation>
    </message>
    <message>
        <source>That could not be saved: {error}.</source>
        <translation>Das konnte nicht gespeichert werden: {error}.</translation>
    </message>
    <message>
        <source>Your workstation check</source>
        <translation>Ihr Arbeitsplatz-Check</translation>
    </message>
    <message>
        <source>This check is for prevention and comfort. It does not diagnose or treat anything: pain that does not settle, spreads, or comes with numbness, weakness or fever needs a clinician.</source>
        <translation>Dieser Check dient der Vorbeugung und dem Wohlbefinden. Er stellt keine Diagnose und behandelt nichts: Schmerzen, die nicht abklingen, sich ausbreiten oder mit Taubheit, Schwäche oder Fieber einhergehen, gehören in ärztliche Hände.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QDate::toString)</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Checked on {date}</source>
        <translation>Geprüft am {date}</translation>
    </message>
    <message>
        <source>Fixes that matter most</source>
        <translation>Die wichtigsten Verbesserungen</translation>
    </message>
    <message>
        <source>Nothing to fix: every answer was the good one. Well done.</source>
        <translation>Nichts zu verbessern: Jede Antwort war die gute. Gut gemacht.</translation>
    </message>
    <message>
        <source>(done ✓)</source>
        <translation>(erledigt ✓)</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in knotbreak&apos;s fix checklist.</source>
        <translation>
            <numerusform>…und %n weitere in der Verbesserungsliste von knotbreak.</numerusform>
            <numerusform>…und %n weitere in der Verbesserungsliste von knotbreak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scores by area</source>
        <translation>Bewertung nach Bereichen</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Seit dem {date}</translation>
    </message>
    <message>
        <source>Discomfort you mentioned: {areas}.</source>
        <translation>Von Ihnen genannte Beschwerden: {areas}.</translation>
    </message>
    <message>
        <source>Good seated posture</source>
        <translation>Gute Sitzhaltung</translation>
    </message>
    <message>
        <source>Check again around &lt;b&gt;{date}&lt;/b&gt;, or sooner if you move desks.</source>
        <translation>Prüfen Sie wieder um den &lt;b&gt;{date}&lt;/b&gt;, oder früher, wenn Sie den Platz wechseln.</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another place for the report.</source>
        <translation>Den Ordner {folder} gibt es nicht. Wählen Sie einen anderen Ort für den Bericht.</translation>
    </message>
    <message>
        <source>The report could not be written to {folder} ({error}). Choose a folder you can write to.</source>
        <translation>Der Bericht konnte nicht in {folder} geschrieben werden ({error}). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The report could not be saved as {path} ({error}). Try another folder.</source>
        <translation>Der Bericht konnte nicht als {path} gespeichert werden ({error}). Versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Print the workstation report</source>
        <translation>Den Arbeitsplatzbericht drucken</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Your results</source>
        <translation>Ihre Ergebnisse</translation>
    </message>
    <message>
        <source>Scores for each area, and the changes that will help most.</source>
        <translation>Die Bewertung jedes Bereichs und die Änderungen, die am meisten helfen.</translation>
    </message>
    <message>
        <source>Scores by area</source>
        <translation>Bewertung nach Bereichen</translation>
    </message>
    <message>
        <source>Fixes that matter most</source>
        <translation>Die wichtigsten Verbesserungen</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>Seit dem letzten Mal</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Den Bericht als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Den Bericht drucken</translation>
    </message>
    <message>
        <source>Open the fix &amp;checklist</source>
        <translation>&amp;Verbesserungsliste öffnen</translation>
    </message>
    <message>
        <source>Open the checklist to tick off fixes</source>
        <translation>Die Liste öffnen, um Verbesserungen abzuhaken</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>{score} %</source>
        <comment>area score</comment>
        <translation>{score} %</translation>
    </message>
    <message>
        <source>{area} score</source>
        <translation>Bewertung {area}</translation>
    </message>
    <message>
        <source>{score} percent</source>
        <translation>{score} Prozent</translation>
    </message>
    <message>
        <source>Nothing to fix: every answer was the good one.</source>
        <translation>Nichts zu verbessern: Jede Antwort war die gute.</translation>
    </message>
    <message>
        <source>No questions answered, so there is nothing to score yet: go Back to answer them.</source>
        <translation>Keine Frage beantwortet, daher gibt es noch nichts zu bewerten: Gehen Sie mit „Zurück“ zu den Fragen.</translation>
    </message>
    <message>
        <source>Fix {number}: {action}</source>
        <translation>Verbesserung {number}: {action}</translation>
    </message>
    <message>
        <source>{area} · source {source}</source>
        <translation>{area} · Quelle {source}</translation>
    </message>
    <message numerus="yes">
        <source>%n more in the fix checklist.</source>
        <translation>
            <numerusform>%n weitere in der Verbesserungsliste.</numerusform>
            <numerusform>%n weitere in der Verbesserungsliste.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is your first check. Next time you will see what changed.</source>
        <translation>Das ist Ihr erster Check. Beim nächsten Mal sehen Sie, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>Seit dem {date}</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Get ready</source>
        <translation>Machen Sie sich bereit</translation>
    </message>
    <message>
        <source>Relax and breathe</source>
        <translation>Lockern und atmen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Let go, then again</source>
        <translation>Loslassen, dann noch einmal</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message numerus="yes">
        <source>%n slow rep(s)</source>
        <translation>
            <numerusform>%n langsame Wiederholung</numerusform>
            <numerusform>%n langsame Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>{cue}, {set} of {sets}</source>
        <translation>{cue}, {set} von {sets}</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <source>{label}: not an exercise; left out.</source>
        <translation>{label}: keine Übung; ausgelassen.</translation>
    </message>
    <message>
        <source>{label}: {problem}; left out.</source>
        <translation>{label}: {problem}; ausgelassen.</translation>
    </message>
    <message>
        <source>{name} is not a routine file: choose a .zip exported from knotbreak, or a custom-stretches.json.</source>
        <translation>{name} ist keine Übungsdatei: Wählen Sie eine aus knotbreak exportierte .zip-Datei oder eine custom-stretches.json.</translation>
    </message>
    <message>
        <source>{name} could not be opened ({error}).</source>
        <translation>{name} ließ sich nicht öffnen ({error}).</translation>
    </message>
    <message>
        <source>{name} holds too many files to be a routine file.</source>
        <translation>{name} enthält zu viele Dateien für eine Übungsdatei.</translation>
    </message>
    <message>
        <source>{name} has no {file} inside, so it is not a routine file.</source>
        <translation>{name} enthält keine {file} und ist deshalb keine Übungsdatei.</translation>
    </message>
    <message>
        <source>{name}: its exercise list is too large.</source>
        <translation>{name}: Die Übungsliste ist zu groß.</translation>
    </message>
    <message>
        <source>{name} does not hold valid JSON, so nothing was imported.</source>
        <translation>{name} enthält kein gültiges JSON, deshalb wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{name} has no list of exercises (&quot;entries&quot;), so nothing was imported.</source>
        <translation>{name} hat keine Liste von Übungen („entries“), deshalb wurde nichts importiert.</translation>
    </message>
    <message>
        <source>its picture {picture} is not a PNG, JPEG or SVG in custom-pictures/; left out.</source>
        <translation>ihr Bild {picture} ist kein PNG, JPEG oder SVG in custom-pictures/; ausgelassen.</translation>
    </message>
    <message>
        <source>its picture {picture} is missing from the file; left out.</source>
        <translation>ihr Bild {picture} fehlt in der Datei; ausgelassen.</translation>
    </message>
    <message>
        <source>Exercise {number} ({id})</source>
        <translation>Übung {number} ({id})</translation>
    </message>
    <message>
        <source>Exercise {number}</source>
        <translation>Übung {number}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>snoozes</source>
        <translation>Verschiebungen</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>must be a whole number of {unit} from {low} to {high}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} {unit} sein</translation>
    </message>
    <message>
        <source>{value} is outside the allowed {low} to {high} {unit}</source>
        <translation>{value} liegt außerhalb der erlaubten {low} bis {high} {unit}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>{value} is not a 24-hour time like &quot;09:00&quot;</source>
        <translation>{value} ist keine 24-Stunden-Uhrzeit wie „09:00“</translation>
    </message>
    <message>
        <source>must be a list of day names such as [&quot;mon&quot;, &quot;tue&quot;]</source>
        <translation>muss eine Liste von Tagesnamen sein, etwa [&quot;mon&quot;, &quot;tue&quot;]</translation>
    </message>
    <message>
        <source>unknown day {day}; use {days}</source>
        <translation>unbekannter Tag {day}; erlaubt sind {days}</translation>
    </message>
    <message>
        <source>must be an absolute path pattern such as &quot;/dev/video*&quot;</source>
        <translation>muss ein absolutes Pfadmuster sein, etwa &quot;/dev/video*&quot;</translation>
    </message>
    <message>
        <source>must be a list of focus areas such as {example}</source>
        <translation>muss eine Liste von Schwerpunkten sein, etwa {example}</translation>
    </message>
    <message>
        <source>unknown focus area {area}; use {areas}</source>
        <translation>unbekannter Schwerpunkt {area}; erlaubt sind {areas}</translation>
    </message>
    <message>
        <source>needs at least one focus area</source>
        <translation>braucht mindestens einen Schwerpunkt</translation>
    </message>
    <message>
        <source>must be a list of stretch ids such as &quot;chin-tuck&quot;</source>
        <translation>muss eine Liste von Übungskennungen sein, etwa &quot;chin-tuck&quot;</translation>
    </message>
    <message>
        <source>{value} is not a language knotbreak has; use {languages}</source>
        <translation>{value} ist keine Sprache, die knotbreak kennt; erlaubt sind {languages}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting this version knows; it was ignored</source>
        <translation>„{key}“ ist keine Einstellung, die diese Version kennt; sie wurde übergangen</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: {error}; using the default instead</source>
        <translation>„{key}“: {error}; stattdessen gilt der Standardwert</translation>
    </message>
    <message>
        <source>&apos;working_days&apos; is empty, so breaks would never come; using weekdays</source>
        <translation>„working_days“ ist leer, also kämen nie Pausen; es gelten die Wochentage Montag bis Freitag</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is set by your administrator and cannot be changed here</source>
        <translation>&apos;{key}&apos; legt Ihr Administrator fest; hier lässt es sich nicht ändern</translation>
    </message>
    <message>
        <source>Some settings could not be used, so defaults stand in for them:</source>
        <translation>Einige Einstellungen ließen sich nicht verwenden; für sie gelten die Standardwerte:</translation>
    </message>
    <message>
        <source>Your original file is kept as {path}.</source>
        <translation>Ihre ursprüngliche Datei ist als {path} aufbewahrt.</translation>
    </message>
    <message>
        <source>{path} could not be read ({error})</source>
        <translation>{path} konnte nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>{file} is not valid JSON (line {line}, column {column})</source>
        <translation>{file} ist kein gültiges JSON (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>{file} is nested too deeply to be settings</source>
        <translation>{file} ist zu tief verschachtelt, um Einstellungen zu enthalten</translation>
    </message>
    <message>
        <source>{file} must hold a JSON object with one key per setting</source>
        <translation>{file} muss ein JSON-Objekt mit einem Schlüssel je Einstellung enthalten</translation>
    </message>
    <message>
        <source>&apos;schema_version&apos; {version} is not a version number</source>
        <translation>„schema_version“ {version} ist keine Versionsnummer</translation>
    </message>
    <message>
        <source>{file} was written by a newer knotbreak (schema {version}; this one understands {known}). It is used as far as possible and left unchanged</source>
        <translation>{file} wurde von einem neueren knotbreak geschrieben (Schema {version}; diese Version versteht {known}). Sie wird so weit wie möglich verwendet und bleibt unverändert</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Neck and shoulders</source>
        <translation>Nacken und Schultern</translation>
    </message>
    <message>
        <source>Upper back and chest</source>
        <translation>Oberer Rücken und Brust</translation>
    </message>
    <message>
        <source>Low back and hips</source>
        <translation>Unterer Rücken und Hüften</translation>
    </message>
    <message>
        <source>Wrists and forearms</source>
        <translation>Handgelenke und Unterarme</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your settings file was written by a newer version of knotbreak, so this version shows it but will not change it. To change settings, update knotbreak. Start at login and the Data tab still work.</source>
        <translation>Ihre Einstellungsdatei stammt von einer neueren Version von knotbreak; diese Version zeigt sie deshalb an, ändert sie aber nicht. Um Einstellungen zu ändern, aktualisieren Sie knotbreak. „Beim Anmelden starten“ und der Reiter „Daten“ funktionieren trotzdem.</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausen</translation>
    </message>
    <message>
        <source>M&amp;icro-breaks</source>
        <translation>M&amp;ikropausen</translation>
    </message>
    <message>
        <source>Postur&amp;e</source>
        <translation>Haltun&amp;g</translation>
    </message>
    <message>
        <source>&amp;Stretches</source>
        <translation>&amp;Dehnungen</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Besprechungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>Standard&amp;werte wiederherstellen</translation>
    </message>
    <message>
        <source>Set by your administrator</source>
        <translation>Von Ihrem Administrator festgelegt</translation>
    </message>
    <message>
        <source>Nothing was saved yet: please fix “{setting}” first.</source>
        <translation>Noch nichts gespeichert: Bitte korrigieren Sie zuerst „{setting}“.</translation>
    </message>
    <message>
        <source>Your settings were not saved: {problem}. Your changes are still here; try again, or choose Cancel to leave them.</source>
        <translation>Ihre Einstellungen wurden nicht gespeichert: {problem}. Ihre Änderungen sind noch da; versuchen Sie es noch einmal oder wählen Sie „Abbrechen“, um sie zu verwerfen.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>The new language is used the next time knotbreak starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von knotbreak.</translation>
    </message>
    <message>
        <source>Start at login was not changed (see the General tab).</source>
        <translation>„Beim Anmelden starten“ wurde nicht geändert (siehe Reiter „Allgemein“).</translation>
    </message>
    <message>
        <source>Default values are filled in. Choose Apply or OK to save them, or Cancel to keep your settings as they were.</source>
        <translation>Die Standardwerte sind eingetragen. Wählen Sie „Anwenden“ oder „OK“, um sie zu speichern, oder „Abbrechen“, um Ihre Einstellungen zu behalten.</translation>
    </message>
    <message>
        <source>C&amp;lear favourites</source>
        <translation>Favoriten entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Clear favourite stretches</source>
        <translation>Lieblingsübungen entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n marked in the Stretches window</source>
        <translation>
            <numerusform>%n im Fenster „Dehnübungen“ markiert</numerusform>
            <numerusform>%n im Fenster „Dehnübungen“ markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>The “{preset}” values are filled in. Choose Apply or OK to save them.</source>
        <translation>Die Werte von „{preset}“ sind eingetragen. Wählen Sie „Anwenden“ oder „OK“, um sie zu speichern.</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>A break that falls due while you are away waits for you, and an absence as long as a break counts as one.</source>
        <translation>Eine Pause, die fällig wird, während Sie weg sind, wartet auf Sie, und eine Abwesenheit so lang wie eine Pause zählt als Pause.</translation>
    </message>
    <message>
        <source>Which device files count as cameras (Linux), as a path pattern.</source>
        <translation>Welche Gerätedateien als Kameras gelten (Linux), als Pfadmuster.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Work between breaks:</source>
        <translation>A&amp;rbeit zwischen den Pausen:</translation>
    </message>
    <message>
        <source>Brea&amp;k length:</source>
        <translation>Pausen&amp;länge:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Long break every:</source>
        <translation>Lange Pa&amp;use alle:</translation>
    </message>
    <message>
        <source>Long bre&amp;ak length:</source>
        <translation>Länge der la&amp;ngen Pause:</translation>
    </message>
    <message>
        <source>When a break is due</source>
        <translation>Wenn eine Pause fällig ist</translation>
    </message>
    <message>
        <source>No notice</source>
        <translation>Keine Vorwarnung</translation>
    </message>
    <message>
        <source>&amp;Notice before a break:</source>
        <translation>V&amp;orwarnung vor einer Pause:</translation>
    </message>
    <message>
        <source>Sn&amp;ooze for:</source>
        <translation>Ver&amp;schieben um:</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Gar nicht</translation>
    </message>
    <message>
        <source>Snoo&amp;zes per break:</source>
        <translation>Versc&amp;hiebungen pro Pause:</translation>
    </message>
    <message>
        <source>S&amp;trict mode: no Skip button during a break</source>
        <translation>Strenger &amp;Modus: kein „Überspringen“ während einer Pause</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Dail&amp;y goal:</source>
        <translation>Tag&amp;esziel:</translation>
    </message>
    <message>
        <source>Days with this many breaks count towards your streak.</source>
        <translation>Tage mit so vielen Pausen zählen für Ihre Serie.</translation>
    </message>
    <message>
        <source>Micro-breaks</source>
        <translation>Mikropausen</translation>
    </message>
    <message>
        <source>Sho&amp;w micro-breaks between the breaks</source>
        <translation>Mikropausen zwischen den Pausen z&amp;eigen</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>Al&amp;le:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>A small window with one short task: a posture check, an eye break, a small movement, now and then a few steps. It closes by itself and never takes the keyboard. None comes in the 5 minutes before or after a break, in a meeting or while you are away.</source>
        <translation>Ein kleines Fenster mit einer kurzen Aufgabe: Haltung prüfen, Augenpause, eine kleine Bewegung, ab und zu ein paar Schritte. Es schließt sich von selbst und nimmt nie die Tastatur. In den 5 Minuten vor oder nach einer Pause, in einer Besprechung und wenn Sie nicht am Platz sind, kommt keine.</translation>
    </message>
    <message>
        <source>Time at the computer</source>
        <translation>Zeit am Computer</translation>
    </message>
    <message>
        <source>Count &amp;only active time: time away stops the work clock</source>
        <translation>&amp;Nur aktive Zeit zählen: Abwesenheit hält die Arbeitsuhr an</translation>
    </message>
    <message>
        <source>A dail&amp;y limit, with one calm notice</source>
        <translation>Ein Tageslimit mit einem &amp;ruhigen Hinweis</translation>
    </message>
    <message>
        <source>Limi&amp;t:</source>
        <translation>Li&amp;mit:</translation>
    </message>
    <message>
        <source>Time at the computer counts while you are not away and not on a break; it starts again each day.</source>
        <translation>Als Zeit am Computer zählt, wenn Sie weder abwesend noch in einer Pause sind; die Zählung beginnt jeden Tag neu.</translation>
    </message>
    <message>
        <source>Posture coach</source>
        <translation>Haltungscoach</translation>
    </message>
    <message>
        <source>Use the &amp;camera to check my posture now and then</source>
        <translation>Meine Haltung ab und zu mit der &amp;Kamera prüfen</translation>
    </message>
    <message>
        <source>Look e&amp;very:</source>
        <translation>Prüfen a&amp;lle:</translation>
    </message>
    <message>
        <source>What the camera is used for: while you work, knotbreak opens the camera for a moment at each check, finds your face and measures how high it is, how large (how close you lean) and how tilted. The picture is looked at in memory and dropped at once: it is never saved and never sent anywhere. Only numbers are kept: your calibrated posture and, per day, how many checks found good posture. No check in a meeting, while you are away, during a break, or while another app uses the camera.</source>
        <translation>Wofür die Kamera dient: Während Sie arbeiten, öffnet knotbreak bei jeder Prüfung kurz die Kamera, findet Ihr Gesicht und misst, wie hoch es ist, wie groß (wie weit Sie sich vorlehnen) und wie geneigt. Das Bild wird nur im Arbeitsspeicher angesehen und sofort verworfen: Es wird nie gespeichert und nie irgendwohin gesendet. Behalten werden nur Zahlen: Ihre kalibrierte Haltung und pro Tag, wie viele Prüfungen eine gute Haltung fanden. Keine Prüfung in einer Besprechung, wenn Sie nicht am Platz sind, während einer Pause oder wenn ein anderes Programm die Kamera benutzt.</translation>
    </message>
    <message>
        <source>Calibrate: sit the way you want to sit, facing the screen, then click Calibrate. Do it again after you move the screen, the camera or the chair.</source>
        <translation>Kalibrieren: Setzen Sie sich so hin, wie Sie sitzen möchten, zum Bildschirm gewandt, und klicken Sie dann auf „Kalibrieren“. Wiederholen Sie das, wenn Sie Bildschirm, Kamera oder Stuhl verstellen.</translation>
    </message>
    <message>
        <source>Ca&amp;librate</source>
        <translation>Kalib&amp;rieren</translation>
    </message>
    <message>
        <source>Done: this posture is now your baseline.</source>
        <translation>Fertig: Diese Haltung ist jetzt Ihr Maßstab.</translation>
    </message>
    <message>
        <source>{count} hour</source>
        <translation>{count} Stunde</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>{count} Stunden</translation>
    </message>
    <message>
        <source>{count} break</source>
        <translation>{count} Pause</translation>
    </message>
    <message>
        <source>{count} breaks</source>
        <translation>{count} Pausen</translation>
    </message>
    <message>
        <source>{count} time</source>
        <translation>{count}‑mal</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>{count}‑mal</translation>
    </message>
    <message>
        <source>{count} break a day</source>
        <translation>{count} Pause am Tag</translation>
    </message>
    <message>
        <source>{count} breaks a day</source>
        <translation>{count} Pausen am Tag</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Schwerpunkte</translation>
    </message>
    <message>
        <source>Breaks cover these first. Choose at least one.</source>
        <translation>Die Pausen kümmern sich zuerst um diese. Wählen Sie mindestens einen.</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Dehnungen</translation>
    </message>
    <message>
        <source>Only stretches that &amp;can be done sitting</source>
        <translation>&amp;Nur Dehnungen, die im Sitzen gehen</translation>
    </message>
    <message>
        <source>30 s</source>
        <translation>30 s</translation>
    </message>
    <message>
        <source>2 min, where a stretch suits it</source>
        <translation>2 Min., wo eine Dehnung es zulässt</translation>
    </message>
    <message>
        <source>Hold le&amp;ngth:</source>
        <translation>&amp;Haltedauer:</translation>
    </message>
    <message>
        <source>Favourites:</source>
        <translation>Favoriten:</translation>
    </message>
    <message>
        <source>Stretches are held 30 s and repeated (2 x 30 s), the dose the guidelines give. Two-minute holds come from massage and myofascial practice, not from trials: choose them if they suit you, not as a treatment.</source>
        <translation>Dehnungen werden 30 s gehalten und wiederholt (2 x 30 s), so wie es die Leitlinien angeben. Zwei Minuten langes Halten stammt aus der Massage- und Faszienpraxis, nicht aus Studien: Wählen Sie es, wenn es Ihnen guttut, nicht als Behandlung.</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>S&amp;oft tones at the start and end of each hold</source>
        <translation>Leise Töne zu Beginn und am Ende jedes Haltens</translation>
    </message>
    <message>
        <source>&amp;Test sound</source>
        <translation>T&amp;on testen</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>Hidden stretches</source>
        <translation>Ausgeblendete Übungen</translation>
    </message>
    <message>
        <source>Show &amp;again</source>
        <translation>Wieder &amp;einblenden</translation>
    </message>
    <message>
        <source>Routines may pick the chosen stretch again (after Apply or OK)</source>
        <translation>Die Abläufe dürfen die gewählte Übung wieder aufnehmen (nach Übernehmen oder OK)</translation>
    </message>
    <message>
        <source>None. A stretch you turn off on the break card with &quot;Don&apos;t show this stretch again&quot; is listed here.</source>
        <translation>Keine. Eine Übung, die Sie in der Pause mit „Diese Übung nicht mehr zeigen“ ausschalten, steht dann hier.</translation>
    </message>
    <message>
        <source>Routines leave these out. Choose one and Show again to undo.</source>
        <translation>Die Abläufe lassen diese aus. Wählen Sie eine und „Wieder einblenden“, um das rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Only schedule breaks during &amp;working hours</source>
        <translation>Pausen &amp;nur während der Arbeitszeit planen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Bi&amp;s:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>An end earlier than the start means an overnight shift. The start is also when “Pause until tomorrow morning” ends.</source>
        <translation>Ein Ende vor dem Beginn bedeutet eine Nachtschicht. Der Beginn ist auch der Zeitpunkt, an dem „Bis morgen früh“ endet.</translation>
    </message>
    <message>
        <source>Away from the computer</source>
        <translation>Nicht am Rechner</translation>
    </message>
    <message>
        <source>Notice when I am &amp;away</source>
        <translation>B&amp;emerken, wenn ich weg bin</translation>
    </message>
    <message>
        <source>Hold breaks while</source>
        <translation>Pausen zurückhalten, solange</translation>
    </message>
    <message>
        <source>a window is &amp;fullscreen (presentation, video)</source>
        <translation>ein &amp;Fenster im Vollbild ist (Präsentation, Video)</translation>
    </message>
    <message>
        <source>a program uses the &amp;camera</source>
        <translation>ein Programm die &amp;Kamera benutzt</translation>
    </message>
    <message>
        <source>a program records from the micropho&amp;ne</source>
        <translation>ein Programm über das &amp;Mikrofon aufnimmt</translation>
    </message>
    <message>
        <source>the desktop’s do-not-dis&amp;turb is on</source>
        <translation>„Nicht &amp;stören“ der Arbeitsumgebung an ist</translation>
    </message>
    <message>
        <source>Camera de&amp;vices:</source>
        <translation>Kamerage&amp;räte:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start knotbreak when I &amp;log in</source>
        <translation>knotbreak beim Anm&amp;elden starten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <translation>Wie die Arbeitsumgebung</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used after knotbreak restarts.</source>
        <translation>Eine neue Sprache gilt nach einem Neustart von knotbreak.</translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation>Von Ihrem Administrator festgelegt.</translation>
    </message>
    <message>
        <source>Your own combination.</source>
        <translation>Ihre eigene Zusammenstellung.</translation>
    </message>
    <message>
        <source>Choose at least one working day, or turn working hours off: with no days, breaks would never come.</source>
        <translation>Wählen Sie mindestens einen Arbeitstag oder schalten Sie die Arbeitszeit aus: Ohne Tage kämen nie Pausen.</translation>
    </message>
    <message>
        <source>This is shorter than a normal break, so long breaks will last as long as a normal one ({normal}). Make it longer, or set long breaks to never.</source>
        <translation>Das ist kürzer als eine normale Pause, lange Pausen dauern deshalb so lang wie eine normale ({normal}). Stellen Sie sie länger ein oder lange Pausen auf „Nie“.</translation>
    </message>
    <message>
        <source>Start and end are the same time, so breaks come all day on working days.</source>
        <translation>Beginn und Ende sind gleich, also kommen an Arbeitstagen den ganzen Tag Pausen.</translation>
    </message>
    <message>
        <source>Ends the next morning at {end}: an overnight shift, counted on the day it starts.</source>
        <translation>Endet am nächsten Morgen um {end}: eine Nachtschicht, gezählt für den Tag, an dem sie beginnt.</translation>
    </message>
    <message>
        <source>Choose at least one focus area.</source>
        <translation>Wählen Sie mindestens einen Schwerpunkt.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>the tone could not be played. Check that a speaker or headset is connected and not muted</source>
        <translation>der Ton ließ sich nicht abspielen. Prüfen Sie, ob Lautsprecher oder Headset angeschlossen und nicht stummgeschaltet sind</translation>
    </message>
    <message>
        <source>No sound can be played here: {reason}.</source>
        <translation>Hier lässt sich kein Ton abspielen: {reason}.</translation>
    </message>
    <message>
        <source>Start at login is not available on this system.</source>
        <translation>„Beim Anmelden starten“ gibt es auf diesem System nicht.</translation>
    </message>
    <message>
        <source>Whether knotbreak starts at login could not be read ({error}).</source>
        <translation>Ob knotbreak beim Anmelden startet, ließ sich nicht lesen ({error}).</translation>
    </message>
    <message>
        <source>knotbreak could not set itself to start at login ({error}). Check that the folder can be written to, then choose Apply again.</source>
        <translation>knotbreak konnte sich nicht für den Start beim Anmelden eintragen ({error}). Prüfen Sie, ob der Ordner beschreibbar ist, und wählen Sie dann noch einmal „Anwenden“.</translation>
    </message>
    <message>
        <source>knotbreak could not stop starting at login ({error}). Check that the file can be removed, then choose Apply again.</source>
        <translation>knotbreak konnte den Start beim Anmelden nicht abschalten ({error}). Prüfen Sie, ob sich die Datei entfernen lässt, und wählen Sie dann noch einmal „Anwenden“.</translation>
    </message>
    <message>
        <source>The login entry was written, but the desktop still reports it as off.</source>
        <translation>Der Anmeldeeintrag wurde geschrieben, aber die Arbeitsumgebung meldet ihn noch als aus.</translation>
    </message>
    <message>
        <source>knotbreak will start when you log in.</source>
        <translation>knotbreak startet, wenn Sie sich anmelden.</translation>
    </message>
    <message>
        <source>knotbreak will no longer start when you log in.</source>
        <translation>knotbreak startet nicht mehr, wenn Sie sich anmelden.</translation>
    </message>
</context>
<context>
    <name>SettingsLauncher</name>
    <message>
        <source>Your break history and the stretches you did ({file})</source>
        <translation>Ihr Pausenverlauf und die Dehnungen, die Sie gemacht haben ({file})</translation>
    </message>
    <message>
        <source>Your workstation checks and the fixes you ticked off</source>
        <translation>Ihre Arbeitsplatz-Checks und die Verbesserungen, die Sie abgehakt haben</translation>
    </message>
    <message>
        <source>The knots you logged in your journal</source>
        <translation>Die Knoten, die Sie in Ihrem Knotentagebuch notiert haben</translation>
    </message>
    <message>
        <source>Copies of damaged or unreadable files that knotbreak set aside</source>
        <translation>Kopien beschädigter oder unlesbarer Dateien, die knotbreak beiseitegelegt hat</translation>
    </message>
    <message>
        <source>The log of when breaks began and ended ({file})</source>
        <translation>Das Protokoll, wann Pausen begannen und endeten ({file})</translation>
    </message>
    <message>
        <source>the settings file is from a newer version of knotbreak and is left unchanged</source>
        <translation>die Einstellungsdatei stammt von einer neueren Version von knotbreak und bleibt unverändert</translation>
    </message>
    <message>
        <source>{file} could not be written ({error}); check that the disk has space and the folder can be written to</source>
        <translation>{file} konnte nicht geschrieben werden ({error}); prüfen Sie, ob auf dem Datenträger Platz ist und ob sich in den Ordner schreiben lässt</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>You look at the laptop&apos;s own screen and type on its keyboard.</source>
        <translation>Sie schauen auf den Bildschirm des Laptops und tippen auf seiner Tastatur.</translation>
    </message>
    <message>
        <source>One monitor in front of you; a laptop, if any, is closed or only docked.</source>
        <translation>Ein Monitor vor Ihnen; ein Laptop ist, falls vorhanden, zugeklappt oder nur angedockt.</translation>
    </message>
    <message>
        <source>Two monitors, or a laptop screen beside a monitor, both in use.</source>
        <translation>Zwei Monitore, oder ein Laptop-Bildschirm neben einem Monitor, beide in Gebrauch.</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <source>Which of these is how you usually work? The next questions follow it.</source>
        <translation>Wie arbeiten Sie meistens? Die nächsten Fragen richten sich danach.</translation>
    </message>
    <message>
        <source>Screens: {setup}</source>
        <translation>Bildschirme: {setup}</translation>
    </message>
    <message>
        <source>Pick one to go on.</source>
        <translation>Wählen Sie eines, um weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>StartNow</name>
    <message>
        <source>{minutes} minutes is outside {low} to {high}.</source>
        <translation>{minutes} Minuten liegt nicht zwischen {low} und {high}.</translation>
    </message>
    <message>
        <source>There is no area called &apos;{area}&apos;; use one of: {areas}.</source>
        <translation>Einen Bereich „{area}“ gibt es nicht; verwenden Sie einen von: {areas}.</translation>
    </message>
    <message>
        <source>Name the stretch to start.</source>
        <translation>Nennen Sie die Übung, die starten soll.</translation>
    </message>
    <message>
        <source>Give an area and, if you like, a number of minutes.</source>
        <translation>Geben Sie einen Bereich an und, wenn Sie möchten, eine Zahl von Minuten.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number of minutes.</source>
        <translation>„{text}“ ist keine ganze Zahl von Minuten.</translation>
    </message>
    <message>
        <source>There is no stretch called &apos;{id}&apos;.</source>
        <translation>Eine Übung „{id}“ gibt es nicht.</translation>
    </message>
    <message>
        <source>{name} is not a guided stretch; follow its steps at your own pace.</source>
        <translation>{name} ist keine angeleitete Übung; folgen Sie den Schritten in Ihrem eigenen Tempo.</translation>
    </message>
    <message>
        <source>No stretch fits that choice; try more minutes or another area.</source>
        <translation>Zu dieser Auswahl passt keine Übung; versuchen Sie mehr Minuten oder einen anderen Bereich.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Taken</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>{label}: {taken} taken, {natural} away, {snoozed} snoozed, {skipped} skipped ({due} due)</source>
        <translation>{label}: {taken} gemacht, {natural} weg, {snoozed} verschoben, {skipped} übersprungen ({due} fällig)</translation>
    </message>
    <message>
        <source>Goal ({goal} a day)</source>
        <translation>Ziel ({goal} am Tag)</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <source>Statistics — knotbreak</source>
        <translation>Statistik — knotbreak</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Minutes stretched</source>
        <translation>Minuten gedehnt</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Breaks per day, last 14 days</source>
        <translation>Pausen pro Tag, letzte 14 Tage</translation>
    </message>
    <message>
        <source>Breaks per week</source>
        <translation>Pausen pro Woche</translation>
    </message>
    <message>
        <source>Breaks per month, last 12 months</source>
        <translation>Pausen pro Monat, letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Letzte 14 Tage</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Taken: breaks you took. Away: you were away from the desk long enough, which counts as a break. Snoozed: breaks snoozed and then not taken (the Today card counts every press of Snooze). Skipped: breaks you skipped.</source>
        <translation>Gemacht: Pausen, die Sie gemacht haben. Weg: Sie waren lange genug vom Schreibtisch weg, das zählt als Pause. Verschoben: Pausen, die verschoben und dann nicht gemacht wurden (die Karte „Heute“ zählt jedes Drücken von „Später“). Übersprungen: Pausen, die Sie übersprungen haben.</translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message numerus="yes">
        <source>%n break(s)</source>
        <translation>
            <numerusform>%n Pause</numerusform>
            <numerusform>%n Pausen</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>in a row at your goal</source>
        <translation>in Folge mit erreichtem Ziel</translation>
    </message>
    <message>
        <source>No breaks yet</source>
        <translation>Noch keine Pausen</translation>
    </message>
    <message>
        <source>Micro-breaks and posture this week</source>
        <translation>Mikropausen und Haltung in dieser Woche</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save every break in the history as a CSV file</source>
        <translation>Jede Pause im Verlauf als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>The break history could not be read ({error}). Restarting knotbreak usually helps; the file is in knotbreak&apos;s data folder.</source>
        <translation>Der Pausenverlauf konnte nicht gelesen werden ({error}). Meist hilft ein Neustart von knotbreak; die Datei liegt im Datenordner von knotbreak.</translation>
    </message>
    <message>
        <source>Your breaks</source>
        <translation>Ihre Pausen</translation>
    </message>
    <message numerus="yes">
        <source>Your goal: %n break(s) a day (breaks taken, or time away from the desk).</source>
        <translation>
            <numerusform>Ihr Ziel: %n Pause am Tag (gemachte Pausen oder Zeit weg vom Schreibtisch).</numerusform>
            <numerusform>Ihr Ziel: %n Pausen am Tag (gemachte Pausen oder Zeit weg vom Schreibtisch).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When knotbreak has offered you a few breaks, this window shows how many you took each day and week, how long you stretched, and your streak of days at your goal of %n break(s).</source>
        <translation>
            <numerusform>Wenn knotbreak Ihnen ein paar Pausen angeboten hat, zeigt dieses Fenster, wie viele Sie pro Tag und Woche gemacht haben, wie lange Sie sich gedehnt haben, und Ihre Serie von Tagen mit Ihrem Ziel von %n Pause.</numerusform>
            <numerusform>Wenn knotbreak Ihnen ein paar Pausen angeboten hat, zeigt dieses Fenster, wie viele Sie pro Tag und Woche gemacht haben, wie lange Sie sich gedehnt haben, und Ihre Serie von Tagen mit Ihrem Ziel von %n Pausen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>goal: %n</source>
        <translation>
            <numerusform>Ziel: %n</numerusform>
            <numerusform>Ziel: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n fällig</numerusform>
            <numerusform>%n fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snooze pressed %n time(s)</source>
        <translation>
            <numerusform>%n‑mal „Später“ gedrückt</numerusform>
            <numerusform>%n‑mal „Später“ gedrückt</numerusform>
        </translation>
    </message>
    <message>
        <source>No break has been due yet today.</source>
        <translation>Heute war noch keine Pause fällig.</translation>
    </message>
    <message numerus="yes">
        <source>goal met on %n day(s)</source>
        <translation>
            <numerusform>Ziel an %n Tag erreicht</numerusform>
            <numerusform>Ziel an %n Tagen erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>stretched this week</source>
        <translation>diese Woche gedehnt</translation>
    </message>
    <message>
        <source>{total} in all since {first}</source>
        <translation>{total} insgesamt seit {first}</translation>
    </message>
    <message numerus="yes">
        <source>Best: %n day(s).</source>
        <translation>
            <numerusform>Bestwert: %n Tag.</numerusform>
            <numerusform>Bestwert: %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal: %n break(s) a day.</source>
        <translation>
            <numerusform>Ziel: %n Pause am Tag.</numerusform>
            <numerusform>Ziel: %n Pausen am Tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Micro-breaks this week: %n shown</source>
        <translation>
            <numerusform>Mikropausen in dieser Woche: %n angezeigt</numerusform>
            <numerusform>Mikropausen in dieser Woche: %n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} done, {skipped} skipped, {snoozed} put off</source>
        <translation>{done} gemacht, {skipped} übersprungen, {snoozed} verschoben</translation>
    </message>
    <message>
        <source>Posture coach: good posture in {percent} of its checks this week.</source>
        <translation>Haltungscoach: gute Haltung bei {percent} seiner Prüfungen in dieser Woche.</translation>
    </message>
    <message>
        <source>W{week}</source>
        <translation>KW{week}</translation>
    </message>
    <message>
        <source>Week {week} (from {monday})</source>
        <translation>Woche {week} (ab {monday})</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>Export break history</source>
        <translation>Pausenverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Choose another folder, or check that the disk has free space.</source>
        <translation>{path} konnte nicht gespeichert werden: {reason}. Wählen Sie einen anderen Ordner oder prüfen Sie, ob auf dem Datenträger Platz frei ist.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n history row(s) to {path}.</source>
        <translation>
            <numerusform>%n Verlaufszeile in {path} gespeichert.</numerusform>
            <numerusform>%n Verlaufszeilen in {path} gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>tomorrow {time}</source>
        <translation>morgen {time}</translation>
    </message>
    <message>
        <source>{weekday} {time}</source>
        <translation>{weekday} {time}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>you are in a meeting</source>
        <translation>Sie in einer Besprechung sind</translation>
    </message>
    <message>
        <source>a fullscreen window is up (a presentation or a video call)</source>
        <translation>ein Vollbildfenster offen ist (eine Präsentation oder ein Videoanruf)</translation>
    </message>
    <message>
        <source>the camera is in use</source>
        <translation>die Kamera benutzt wird</translation>
    </message>
    <message>
        <source>the microphone is in use</source>
        <translation>das Mikrofon benutzt wird</translation>
    </message>
    <message>
        <source>do-not-disturb is on</source>
        <translation>„Nicht stören“ eingeschaltet ist</translation>
    </message>
    <message>
        <source>you are away from the keyboard</source>
        <translation>Sie nicht am Rechner sind</translation>
    </message>
    <message>
        <source>{reason} until {clock}</source>
        <translation>{reason} (bis {clock})</translation>
    </message>
    <message>
        <source>A break is waiting while {reasons}</source>
        <translation>Eine Pause wartet, solange {reasons}</translation>
    </message>
    <message>
        <source>A break is waiting for you</source>
        <translation>Eine Pause wartet auf Sie</translation>
    </message>
    <message>
        <source>Next break at {clock} (in {until}); it will wait while {reasons}</source>
        <translation>Nächste Pause um {clock} (in {until}); sie wartet, solange {reasons}</translation>
    </message>
    <message>
        <source>Next break at {clock} (in {until})</source>
        <translation>Nächste Pause um {clock} (in {until})</translation>
    </message>
    <message>
        <source>Break starts in {until}</source>
        <translation>Pause beginnt in {until}</translation>
    </message>
    <message>
        <source>On a break (paused)</source>
        <translation>In der Pause (angehalten)</translation>
    </message>
    <message>
        <source>On a break until {clock}</source>
        <translation>In der Pause bis {clock}</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>Pausen ausgesetzt, bis Sie fortsetzen</translation>
    </message>
    <message>
        <source>Paused until {clock}</source>
        <translation>Pausen ausgesetzt bis {clock}</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>Outside working hours; breaks resume {clock}</source>
        <translation>Außerhalb der Arbeitszeit; Pausen wieder ab {clock}</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found, so knotbreak shows this small window instead; Menu has everything the tray menu would. Closing it keeps knotbreak running; use Quit to stop.</source>
        <translation>Es wurde kein Infobereich gefunden, deshalb zeigt knotbreak stattdessen dieses kleine Fenster; unter „Menü“ finden Sie alles, was sonst das Menü des Symbols bietet. Wenn Sie es schließen, läuft knotbreak weiter; mit „Beenden“ halten Sie es an.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>&amp;Jetzt eine Pause machen</translation>
    </message>
    <message>
        <source>Pause &amp;30 min</source>
        <translation>&amp;30 Min. aussetzen</translation>
    </message>
    <message>
        <source>Pause &amp;1 h</source>
        <translation>&amp;1 Std. aussetzen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Menu</source>
        <translation>&amp;Menü</translation>
    </message>
    <message>
        <source>Menu: settings, statistics, journal, workstation check, help</source>
        <translation>Menü: Einstellungen, Statistik, Tagebuch, Arbeitsplatz-Check, Hilfe</translation>
    </message>
    <message>
        <source>Stret&amp;ches...</source>
        <translation>Dehn&amp;übungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit knotbreak</source>
        <translation>knotbreak beenden</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source>{problem}. The file was kept as {aside}; the %n record(s) that could still be read were copied into a new file, which is used from now on.</source>
        <translation>
            <numerusform>{problem}. Die Datei wurde als {aside} aufbewahrt; der %n Eintrag, der sich noch lesen ließ, wurde in eine neue Datei übernommen, die ab jetzt verwendet wird.</numerusform>
            <numerusform>{problem}. Die Datei wurde als {aside} aufbewahrt; die %n Einträge, die sich noch lesen ließen, wurden in eine neue Datei übernommen, die ab jetzt verwendet wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>{problem}. The file was kept as {aside} and a new one started (nothing in it could be read).</source>
        <translation>{problem}. Die Datei wurde als {aside} aufbewahrt und eine neue angelegt (darin ließ sich nichts mehr lesen).</translation>
    </message>
</context>
<context>
    <name>StretchCard</name>
    <message>
        <source>These stretches are for prevention and comfort. They do not diagnose or treat anything: pain that does not settle, spreads, or comes with numbness, weakness or fever needs a clinician.</source>
        <translation>Diese Dehnungen dienen der Vorbeugung und dem Wohlbefinden. Sie stellen keine Diagnose und behandeln nichts: Schmerzen, die nicht abklingen, sich ausbreiten oder mit Taubheit, Schwäche oder Fieber einhergehen, gehören in ärztliche Hände.</translation>
    </message>
    <message>
        <source>For this stretch</source>
        <translation>Bei dieser Dehnung</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Take care: skip this one if it applies</source>
        <translation>Vorsicht: lassen Sie diese Übung aus, wenn etwas davon zutrifft</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>Set and side</source>
        <translation>Satz und Seite</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Was danach kommt</translation>
    </message>
    <message>
        <source>Cautions for this stretch</source>
        <translation>Hinweise zu dieser Übung</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Don&apos;t sho&amp;w this stretch again</source>
        <translation>Diese Übung &amp;nicht mehr zeigen</translation>
    </message>
    <message>
        <source>Don&apos;t show this stretch again</source>
        <translation>Diese Übung nicht mehr zeigen</translation>
    </message>
    <message>
        <source>Leave this stretch out of every routine from now on and go on to the next. Settings &gt; Stretches shows it again (Alt+W)</source>
        <translation>Diese Übung ab jetzt in keinem Ablauf mehr zeigen und gleich zur nächsten gehen. Unter Einstellungen &gt; Dehnungen können Sie sie wieder einblenden (Alt+N)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
</context>
<context>
    <name>StretchLibrary</name>
    <message>
        <source>Neck and shoulders</source>
        <translation>Nacken und Schultern</translation>
    </message>
    <message>
        <source>Upper back and chest</source>
        <translation>Oberer Rücken und Brust</translation>
    </message>
    <message>
        <source>Low back and hips</source>
        <translation>Unterer Rücken und Hüften</translation>
    </message>
    <message>
        <source>Wrists and forearms</source>
        <translation>Handgelenke und Unterarme</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Dehnungen</translation>
    </message>
    <message>
        <source>Strengthening</source>
        <translation>Kräftigung</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Selbsthilfe</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Jaw</source>
        <translation>Kiefer</translation>
    </message>
    <message>
        <source>Left shoulder</source>
        <translation>Linke Schulter</translation>
    </message>
    <message>
        <source>Right shoulder</source>
        <translation>Rechte Schulter</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Low back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Linke Hüfte</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Rechte Hüfte</translation>
    </message>
    <message>
        <source>Front of left thigh</source>
        <translation>Linker Oberschenkel vorn</translation>
    </message>
    <message>
        <source>Front of right thigh</source>
        <translation>Rechter Oberschenkel vorn</translation>
    </message>
    <message>
        <source>Back of left thigh</source>
        <translation>Linker Oberschenkel hinten</translation>
    </message>
    <message>
        <source>Back of right thigh</source>
        <translation>Rechter Oberschenkel hinten</translation>
    </message>
    <message>
        <source>Left forearm</source>
        <translation>Linker Unterarm</translation>
    </message>
    <message>
        <source>Right forearm</source>
        <translation>Rechter Unterarm</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Linke Hand</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Rechte Hand</translation>
    </message>
    <message>
        <source>{area}, up to 1 minute</source>
        <translation>{area}, bis zu 1 Minute</translation>
    </message>
    <message>
        <source>{area}, up to {minutes} minutes</source>
        <translation>{area}, bis zu {minutes} Minuten</translation>
    </message>
</context>
<context>
    <name>StretchPicture</name>
    <message>
        <source>Picture of the stretch</source>
        <translation>Bild der Dehnung</translation>
    </message>
    <message>
        <source>No picture for this one</source>
        <translation>Hierzu gibt es kein Bild</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>{first} and {then}</source>
        <translation>{first} und {then}</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;30 minutes</source>
        <translation>&amp;30 Minuten</translation>
    </message>
    <message>
        <source>&amp;1 hour</source>
        <translation>&amp;1 Stunde</translation>
    </message>
    <message>
        <source>&amp;2 hours</source>
        <translation>&amp;2 Stunden</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow morning</source>
        <translation>Bis &amp;morgen früh</translation>
    </message>
    <message>
        <source>Until I &amp;resume</source>
        <translation>Bis ich &amp;fortsetze</translation>
    </message>
    <message>
        <source>Until I &amp;end it</source>
        <translation>Bis ich sie &amp;beende</translation>
    </message>
    <message>
        <source>Take a &amp;break now</source>
        <translation>&amp;Jetzt eine Pause machen</translation>
    </message>
    <message>
        <source>Stretch &amp;now</source>
        <translation>Jetzt &amp;dehnen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pausen &amp;aussetzen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Pause for a &amp;meeting</source>
        <translation>Für eine Be&amp;sprechung aussetzen</translation>
    </message>
    <message>
        <source>&amp;End the meeting</source>
        <translation>Besprechung &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Workstation check...</source>
        <translation>Arbeits&amp;platz-Check…</translation>
    </message>
    <message>
        <source>Stret&amp;ches...</source>
        <translation>Dehn&amp;übungen…</translation>
    </message>
    <message>
        <source>S&amp;tatistics...</source>
        <translation>S&amp;tatistik…</translation>
    </message>
    <message>
        <source>Log a &amp;knot...</source>
        <translation>&amp;Knoten notieren…</translation>
    </message>
    <message>
        <source>Knot &amp;journal...</source>
        <translation>Knotentageb&amp;uch…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Health notes and red flags...</source>
        <translation>&amp;Gesundheitshinweise und Warnzeichen…</translation>
    </message>
    <message>
        <source>&amp;About knotbreak</source>
        <translation>Ü&amp;ber knotbreak</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Beende&amp;n</translation>
    </message>
</context>
</TS>
