; Kelvoa kiosk: additions to electron-builder's NSIS installer (electron-builder.yml, nsis.include).
; The installer is per-machine. Run it with /KIOSKAUTOSTART to start the kiosk at every sign-in of every
; account (Windows Pro without Shell Launcher, see deploy/windows/README.md); without it nothing starts by itself.
!include FileFunc.nsh
!include LogicLib.nsh

!define KIOSK_RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define KIOSK_RUN_VALUE "KelvoaKiosk"

!macro customInstall
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/KIOSKAUTOSTART" $R1
  ${IfNot} ${Errors}
    WriteRegStr HKLM "${KIOSK_RUN_KEY}" "${KIOSK_RUN_VALUE}" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}"'
  ${EndIf}
!macroend

!macro customUnInstall
  DeleteRegValue HKLM "${KIOSK_RUN_KEY}" "${KIOSK_RUN_VALUE}"
!macroend
