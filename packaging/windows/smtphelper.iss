; Inno Setup 6.5 script (CI pins 6.5.4): per-user installer of the PyInstaller folder
; dist\smtphelper\. Needs no administrator rights: installs into
; %LOCALAPPDATA%\Programs\SMTP Helper, with a Start-menu shortcut, "Open with SMTP Helper" for
; .eml files, and an uninstaller (Settings > Apps) that asks whether to remove the settings and
; error logs too.
;
;   iscc /DMyAppVersion=0.1.0 [/DMyAppIcon=..\..\build\smtphelper.ico] packaging\windows\smtphelper.iss
;
; Signing (only when a certificate is at hand; CI does it when the repository has the secrets):
;   iscc /DSIGN "/Ssmtphelpersign=signtool sign /sha1 <thumbprint> /fd sha256 /tr <timestamp url> /td sha256 $f" ...
; signs Setup and the uninstaller; sign dist\smtphelper\*.exe before compiling.
;
; Silent uninstall (unins000.exe /VERYSILENT) keeps the settings and logs unless
; /REMOVEUSERDATA is given too.
;
; The version comes from pyproject.toml; CI passes it with /DMyAppVersion. The default below is
; only for a quick local build.

#ifndef MyAppVersion
  #define MyAppVersion "0.0.0"
#endif
#ifndef AppFolder
  #define AppFolder "..\..\dist\smtphelper"
#endif
#define MyAppName "SMTP Helper"
#define MyAppExe "smtphelper.exe"
; Where the app keeps its settings and error logs: platformdirs' user data folder for
; PlatformDirs("SmtpHelper", appauthor=False) (smtphelper/gui/paths.py): settings.json there,
; logs in its Logs\ sub-folder.
#define UserDataDir "{localappdata}\SmtpHelper"
; The file type behind "Open with" for .eml files (never made the default handler).
#define EmlProgId "SMTPHelper.eml"
#ifndef MyAppIcon
  #define MyAppIcon "..\..\resources\icons\smtphelper.ico"
#endif

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it.
AppId={{46F8CBC2-3054-4DF2-AF2E-4753BE9BB7CD}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher=SMTP Helper developers
VersionInfoVersion={#MyAppVersion}
VersionInfoProductName={#MyAppName}
VersionInfoDescription={#MyAppName} Setup
; Per-user install: with PrivilegesRequired=lowest, {autopf} is {userpf} = %LOCALAPPDATA%\Programs
; and {autoprograms} is the user's Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#MyAppName}
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\{#MyAppExe}
UninstallDisplayName={#MyAppName}
OutputDir=..\..\dist
OutputBaseFilename=SMTPHelper-{#MyAppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Explorer refreshes its "Open with" lists after install and uninstall.
ChangesAssociations=yes
#ifdef SIGN
SignTool=smtphelpersign
SignedUninstaller=yes
#endif
; The icon is drawn with the window app; until then Setup uses its default icon.
#ifexist AddBackslash(SourcePath) + MyAppIcon
SetupIconFile={#MyAppIcon}
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "cs"; MessagesFile: "compiler:Languages\Czech.isl"

[CustomMessages]
en.AppComment=Explains why an email came back undelivered and what to do about it
cs.AppComment=Vysvětlí, proč se e-mail vrátil jako nedoručený a co s tím dělat
en.OpenWithApp=Open with SMTP Helper
cs.OpenWithApp=Otevřít v SMTP Helperu
en.EmlFileType=Email message
cs.EmlFileType=E-mailová zpráva
en.RemoveUserData=Also remove your SMTP Helper settings and error logs?%n%n%1%n%nChoose No to keep them for a later installation.
cs.RemoveUserData=Odstranit také nastavení a záznamy chyb SMTP Helperu?%n%n%1%n%nZvolte Ne, pokud je chcete ponechat pro pozdější instalaci.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#AppFolder}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle whole, so no library of the previous version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Registry]
; "Open with SMTP Helper" for .eml files, for this user only (HKA is HKCU in a per-user install).
; The app is offered in Explorer's "Open with" list and as its own menu command; whichever
; program opens .eml files by default stays the default.
Root: HKA; Subkey: "Software\Classes\{#EmlProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:EmlFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#EmlProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#MyAppExe},0"
Root: HKA; Subkey: "Software\Classes\{#EmlProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#MyAppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.eml\OpenWithProgids"; ValueType: string; ValueName: "{#EmlProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#MyAppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#MyAppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#MyAppExe}\SupportedTypes"; ValueType: string; ValueName: ".eml"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#MyAppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#MyAppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.eml\shell\SMTPHelper"; ValueType: string; ValueName: ""; ValueData: "{cm:OpenWithApp}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.eml\shell\SMTPHelper"; ValueType: string; ValueName: "Icon"; ValueData: "{app}\{#MyAppExe},0"
Root: HKA; Subkey: "Software\Classes\SystemFileAssociations\.eml\shell\SMTPHelper\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#MyAppExe}"" ""%1"""

[Run]
Filename: "{app}\{#MyAppExe}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// True when the uninstaller was started with the given switch (for example /REMOVEUSERDATA).
function HasSwitch(const Switch: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Switch) = 0 then
      Result := True;
end;

// After the program files are gone, ask whether the settings and error logs should go too
// (default: keep them). Silent uninstalls keep them unless /REMOVEUSERDATA is given.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
  Remove: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := ExpandConstant('{#UserDataDir}');
  if not DirExists(DataDir) then
    Exit;
  if UninstallSilent then
    Remove := HasSwitch('/REMOVEUSERDATA')
  else
    Remove := MsgBox(FmtMessage(CustomMessage('RemoveUserData'), [DataDir]), mbConfirmation,
                     MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Remove then
    DelTree(DataDir, True, True, True);
end;
