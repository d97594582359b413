from sole_app.app import main

raise SystemExit(main())
