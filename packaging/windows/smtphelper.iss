; Inno Setup 6.3+ script: per-user installer of the PyInstaller folder dist\smtphelper\.
; Needs no administrator rights: installs into %LOCALAPPDATA%\Programs\SMTP Helper, with a
; Start-menu shortcut and an uninstaller (Settings > Apps).
;
;   iscc /DMyAppVersion=0.1.0 [/DMyAppIcon=..\..\build\smtphelper.ico] packaging\windows\smtphelper.iss
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

[Run]
Filename: "{app}\{#MyAppExe}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent
