; fieldapp Windows installer (NSIS 3, Modern UI 2, 64-bit, Unicode).
;
; Built by installer/build.py, which passes:
;   -DVERSION=1.2.3           version shown in Apps & Features (fieldapp.__version__ unless overridden)
;   -DBUNDLE_DIR=<dir>        PyInstaller onedir output (fieldapp.exe, fieldapp-cli.exe, _internal\)
;   -DOUTFILE=<file.exe>      installer to write
;   -DCOMPRESSION=lzma|zlib|none   optional, default lzma (none: quick test builds)
;   -DAPP_ICON=<file.ico>     optional
;
; Command line of the installer (see docs/deployment.md):
;   /S                 silent
;   /AllUsers          install for all users into Program Files (needs an elevated administrator)
;   /CurrentUser       install for the current user only (default; no admin rights needed)
;   /DesktopShortcut   also create a desktop shortcut in silent mode (the wizard offers a checkbox)
;   /D=<dir>           install folder (must be last; NSIS convention); ignored when upgrading
; Uninstaller (uninstall.exe in the install folder):
;   /S                 silent
;   /RemoveData        also delete the user's data folder %LOCALAPPDATA%\fieldapp (default: kept)
; Exit codes: 0 done, 1 cancelled by the user, 2 aborted, 3 fieldapp is running,
;             4 administrator rights needed, 5 not 64-bit Windows.
; Every run appends a few lines to %TEMP%\fieldapp-setup.log.

Unicode true
Target amd64-unicode
ManifestDPIAware true
ManifestSupportedOS all
RequestExecutionLevel user

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef BUNDLE_DIR
  !error "pass -DBUNDLE_DIR=<PyInstaller onedir folder>"
!endif
!ifndef OUTFILE
  !define OUTFILE "fieldapp-${VERSION}-setup.exe"
!endif
!ifndef COMPRESSION
  !define COMPRESSION lzma
!endif
!ifndef VERSION_NUMERIC
  !define VERSION_NUMERIC "0.0.0.0"
!endif

!define APP_NAME "fieldapp"
!define APP_PUBLISHER "fieldapp project"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\fieldapp"
!define SETTINGS_KEY "Software\fieldapp"
; Must match APP_MUTEX in installer/launcher.py, which every running fieldapp process holds.
!define APP_MUTEX "fieldapp-running-8d2f6c1e"
; The user's data folder (platformdirs.user_data_dir("fieldapp", appauthor=False)); never touched
; except by the uninstaller's "also remove my data" option.
!define DATA_DIR "$LOCALAPPDATA\fieldapp"

!define EXIT_RUNNING 3
!define EXIT_NEED_ADMIN 4
!define EXIT_NOT_64BIT 5

!if "${COMPRESSION}" == "none"
  SetCompress off  ; quick test builds only
!else
  SetCompressor /SOLID ${COMPRESSION}
!endif
Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails hide
ShowUninstDetails hide

VIProductVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} ${VERSION} setup"
VIAddVersionKey /LANG=1033 "CompanyName" "${APP_PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${APP_PUBLISHER}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
!include "x64.nsh"

Var AllUsers        ; 1 = all-users mode (HKLM, Program Files, common Start menu)
Var OldVersion      ; DisplayVersion of the installation being upgraded, or ""
Var WantDesktop         ; 1 = desktop shortcut requested on the command line
Var Log             ; handle of %TEMP%\fieldapp-setup.log

; ---- Modern UI ---------------------------------------------------------------------------------------
!ifdef APP_ICON
  !define MUI_ICON "${APP_ICON}"
  !define MUI_UNICON "${APP_ICON}"
!endif
!define MUI_WELCOMEFINISHPAGE_BITMAP "${__FILEDIR__}\nsis\wizard.bmp"  ; drawn by installer/make_icon.py
!define MUI_UNWELCOMEFINISHPAGE_BITMAP "${__FILEDIR__}\nsis\wizard.bmp"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC
!define MUI_LANGDLL_REGISTRY_ROOT "HKCU"
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_LANGDLL_ALLLANGUAGES

!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipDirectoryOnUpgrade
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\fieldapp.exe"
!define MUI_FINISHPAGE_RUN_NOTCHECKED
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; English first: the fallback when Windows' UI language is none of the three.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"
; NSIS ships no Kazakh: installer/nsis/Kazakh.nlf and Kazakh.nsh are the project's own.
!insertmacro MUI_LANGUAGEEX "${__FILEDIR__}\nsis" "Kazakh"
!insertmacro MUI_RESERVEFILE_LANGDLL

!include "${__FILEDIR__}\nsis\strings.nsh"

; ---- helpers -----------------------------------------------------------------------------------------
!macro LOG text
  FileWrite $Log "${text}$\r$\n"
!macroend

!macro OPEN_LOG
  ClearErrors
  FileOpen $Log "$TEMP\fieldapp-setup.log" a
  ${IfNot} ${Errors}
    FileSeek $Log 0 END
  ${EndIf}
  ${GetTime} "" "L" $0 $1 $2 $3 $4 $5 $6
!macroend

; Sets $R9 to 1 when fieldapp runs: either a process holds the launcher's mutex, or the installed
; executables cannot be opened for writing (Windows locks a running .exe; this also catches a
; fieldapp that another user runs from an all-users installation).
!macro IS_RUNNING un
Function ${un}IsRunning
  StrCpy $R9 0
  System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${APP_MUTEX}") p .r0'
  ${If} $0 P<> 0
    System::Call 'kernel32::CloseHandle(p r0)'
    StrCpy $R9 1
    Return
  ${EndIf}
  ${ForEach} $1 0 1 + 1
    ${If} $1 = 0
      StrCpy $2 "$INSTDIR\fieldapp.exe"
    ${Else}
      StrCpy $2 "$INSTDIR\fieldapp-cli.exe"
    ${EndIf}
    ${If} ${FileExists} $2
      ClearErrors
      FileOpen $3 $2 a
      ${If} ${Errors}
        StrCpy $R9 1
        Return
      ${EndIf}
      FileClose $3
    ${EndIf}
  ${Next}
FunctionEnd

; Refuse to go on while fieldapp runs. Wizard: Retry / Cancel. Silent: exit code 3.
Function ${un}RefuseWhileRunning
  ${Do}
    Call ${un}IsRunning
    ${If} $R9 = 0
      Return
    ${EndIf}
    !insertmacro LOG "refused: fieldapp is running"
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MsgRunning)" /SD IDCANCEL IDRETRY retry
    SetErrorLevel ${EXIT_RUNNING}
    Quit
    retry:
  ${Loop}
FunctionEnd
!macroend
!insertmacro IS_RUNNING ""
!insertmacro IS_RUNNING "un."

!macro IS_ADMIN result
  UserInfo::GetAccountType
  Pop ${result}
!macroend

; ---- install -----------------------------------------------------------------------------------------
Section "$(SecMainName)" SecMain
  SectionIn RO
  ; the wizard may have waited on a page while someone started fieldapp
  Call RefuseWhileRunning

  ; Upgrade: drop the previous version's program files first, so that no stale module or DLL
  ; survives. Only what an installer put there is removed; the data folder is elsewhere.
  ${If} ${FileExists} "$INSTDIR\_internal\*.*"
    RMDir /r "$INSTDIR\_internal"
  ${EndIf}
  Delete "$INSTDIR\fieldapp.exe"
  Delete "$INSTDIR\fieldapp-cli.exe"

  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\fieldapp.exe" "" "$INSTDIR\fieldapp.exe" 0

  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${APP_PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\fieldapp.exe,0"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${If} $AllUsers = 1
    WriteRegStr SHCTX "${UNINST_KEY}" "InstallMode" "AllUsers"
  ${Else}
    WriteRegStr SHCTX "${UNINST_KEY}" "InstallMode" "CurrentUser"
  ${EndIf}
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" "$0"
  ${If} $OldVersion != ""
    !insertmacro LOG "upgraded $OldVersion -> ${VERSION} in $INSTDIR; data folder untouched"
  ${Else}
    !insertmacro LOG "installed ${VERSION} in $INSTDIR"
  ${EndIf}
SectionEnd

Section "$(SecDesktopName)" SecDesktop
  CreateShortCut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\fieldapp.exe" "" "$INSTDIR\fieldapp.exe" 0
SectionEnd

Function .onInit
  !insertmacro OPEN_LOG
  !insertmacro LOG "$2-$1-$0 $4:$5:$6 setup ${APP_NAME} ${VERSION} started: $CMDLINE"
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(MsgNot64)" /SD IDOK
    SetErrorLevel ${EXIT_NOT_64BIT}
    Quit
  ${EndIf}
  SetRegView 64

  ${GetParameters} $R0
  StrCpy $AllUsers 0
  ClearErrors
  ${GetOptions} $R0 "/AllUsers" $R1
  ${IfNot} ${Errors}
    StrCpy $AllUsers 1
  ${EndIf}
  ClearErrors
  ${GetOptions} $R0 "/CurrentUser" $R1
  ${IfNot} ${Errors}
    StrCpy $AllUsers 0
  ${EndIf}
  StrCpy $WantDesktop 0
  ClearErrors
  ${GetOptions} $R0 "/DesktopShortcut" $R1
  ${IfNot} ${Errors}
    StrCpy $WantDesktop 1
  ${EndIf}

  !insertmacro MUI_LANGDLL_DISPLAY

  ${If} $AllUsers = 1
    !insertmacro IS_ADMIN $R2
    ${If} $R2 != "Admin"
      !insertmacro LOG "refused: /AllUsers without administrator rights"
      MessageBox MB_OK|MB_ICONSTOP "$(MsgNeedAdmin)" /SD IDOK
      SetErrorLevel ${EXIT_NEED_ADMIN}
      Quit
    ${EndIf}
    ; /D= wins; otherwise Program Files instead of the per-user default. (Compare before switching
    ; the shell context: in the all-users context $LOCALAPPDATA means C:\ProgramData.)
    SetShellVarContext current
    ${If} $INSTDIR == "$LOCALAPPDATA\Programs\${APP_NAME}"
      StrCpy $INSTDIR "$PROGRAMFILES64\${APP_NAME}"
    ${EndIf}
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}

  ; Upgrade in place: reuse the folder of the installation registered in this mode.
  ReadRegStr $OldVersion SHCTX "${UNINST_KEY}" "DisplayVersion"
  ReadRegStr $R3 SHCTX "${UNINST_KEY}" "InstallLocation"
  ${If} $R3 != ""
  ${AndIf} ${FileExists} "$R3\*.*"
    StrCpy $INSTDIR $R3
  ${Else}
    StrCpy $OldVersion ""
  ${EndIf}
  !insertmacro LOG "mode: allusers=$AllUsers dir=$INSTDIR installed=$OldVersion"

  ${If} $OldVersion != ""
    ${VersionCompare} "$OldVersion" "${VERSION}" $R4
    ${If} $R4 = 1
    ${AndIfNot} ${Silent}
      MessageBox MB_YESNO|MB_ICONQUESTION "$(MsgDowngrade)" IDYES downgrade_ok
      SetErrorLevel 1
      Quit
      downgrade_ok:
    ${EndIf}
  ${EndIf}

  Call RefuseWhileRunning

  ${If} ${Silent}
  ${AndIf} $WantDesktop = 0
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

Function SkipDirectoryOnUpgrade
  ${If} $OldVersion != ""
    Abort  ; an upgrade goes where the installed version is
  ${EndIf}
FunctionEnd

Function .onInstSuccess
  !insertmacro LOG "setup finished: ok"
  FileClose $Log
FunctionEnd

Function .onInstFailed
  !insertmacro LOG "setup finished: FAILED"
  FileClose $Log
FunctionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecMain} "$(SecMainDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SecDesktopDesc)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; ---- uninstall ---------------------------------------------------------------------------------------
Section "un.$(UnSecMainName)" UnSecMain
  SectionIn RO
  Call un.RefuseWhileRunning
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  ; Only what the installer put there: never RMDir /r $INSTDIR (it may be a folder the user chose).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\fieldapp.exe"
  Delete "$INSTDIR\fieldapp-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINST_KEY}"
  DeleteRegValue HKCU "${SETTINGS_KEY}" "InstallerLanguage"
  DeleteRegKey /ifempty HKCU "${SETTINGS_KEY}"
  !insertmacro LOG "removed program files from $INSTDIR"
SectionEnd

Section /o "un.$(UnSecDataName)" UnSecData
  ; The data folder is per user: with an all-users installation this is the data of the
  ; administrator running the uninstaller, not of other users (see docs/deployment.md).
  SetShellVarContext current
  RMDir /r "${DATA_DIR}"
  !insertmacro LOG "removed data folder ${DATA_DIR}"
  ${If} $AllUsers = 1
    SetShellVarContext all
  ${EndIf}
SectionEnd

Section "-un.report"
  ${IfNot} ${SectionIsSelected} ${UnSecData}
    SetShellVarContext current
    ${If} ${FileExists} "${DATA_DIR}\*.*"
      DetailPrint "$(MsgDataKept)"
      !insertmacro LOG "kept data folder ${DATA_DIR}"
    ${EndIf}
  ${EndIf}
SectionEnd

Function un.onInit
  !insertmacro OPEN_LOG
  !insertmacro LOG "$2-$1-$0 $4:$5:$6 uninstall ${APP_NAME} from $INSTDIR started: $CMDLINE"
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE

  ; An all-users installation is the one registered in HKLM at this folder.
  StrCpy $AllUsers 0
  ReadRegStr $R0 HKLM "${UNINST_KEY}" "InstallLocation"
  ${If} $R0 == $INSTDIR
    StrCpy $AllUsers 1
  ${EndIf}
  ${If} $AllUsers = 1
    !insertmacro IS_ADMIN $R2
    ${If} $R2 != "Admin"
      !insertmacro LOG "refused: all-users installation, no administrator rights"
      MessageBox MB_OK|MB_ICONSTOP "$(MsgUnNeedAdmin)" /SD IDOK
      SetErrorLevel ${EXIT_NEED_ADMIN}
      Quit
    ${EndIf}
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}

  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/RemoveData" $R1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UnSecData}
  ${EndIf}

  Call un.RefuseWhileRunning
FunctionEnd

Function un.onUninstSuccess
  !insertmacro LOG "uninstall finished: ok"
  FileClose $Log
FunctionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecMain} "$(UnSecMainDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecData} "$(UnSecDataDesc)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END
