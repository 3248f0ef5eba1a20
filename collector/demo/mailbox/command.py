"""`python -m collector.demo.mailbox`: write the demo mails as .eml files, or APPEND
them to a running demo Dovecot; prints what the mailbox holds."""

from __future__ import annotations

from pathlib import Path

from collector.demo.mailbox.mails import describe, fill_mailbox, generate_demo_mailbox


def main(argv: list[str] | None = None) -> int:
    """python -m collector.demo.mailbox [--seed N] [--eml-dir OUT] [--fill --dir DOVECOT_DIR]"""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m collector.demo.mailbox", description="The 5·15 demo mailbox.")
    parser.add_argument("--seed", type=int, default=515)
    parser.add_argument("--eml-dir", type=Path, help="write each mail as NN.eml here")
    parser.add_argument("--fill", action="store_true",
                        help="APPEND the mails to the Dovecot started by `python -m collector.demo.dovecot start --dir DIR`")
    parser.add_argument("--dir", type=Path, help="that Dovecot's work directory")
    args = parser.parse_args(argv)
    mails = generate_demo_mailbox(args.seed)
    if args.eml_dir:
        args.eml_dir.mkdir(parents=True, exist_ok=True)
        for n, mail in enumerate(mails, 1):
            (args.eml_dir / f"{n:02d}.eml").write_bytes(mail.raw)
    if args.fill:
        if not args.dir:
            parser.error("--fill needs --dir")
        from collector.demo import dovecot

        workdir = args.dir.resolve()
        server = dovecot.Dovecot(workdir, port=dovecot.port_from_config(workdir),
                                 password=dovecot.password_for_dir(workdir), stop_at_exit=False)
        if not server.is_running():
            parser.error(f"no Dovecot running in {workdir}")
        fill_mailbox(server, mails)
    print(describe(mails))
    return 0
