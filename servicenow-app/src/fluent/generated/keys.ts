import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    'acl-initiative-create': {
                        table: 'sys_security_acl'
                        id: 'ac6bd06a156b48dbaa6f7e026ab82b31'
                    }
                    'acl-initiative-delete': {
                        table: 'sys_security_acl'
                        id: '649c40a049de4829ac35c1939ab44e17'
                    }
                    'acl-initiative-read': {
                        table: 'sys_security_acl'
                        id: '2520e4ba817943aabd058cabf2526896'
                    }
                    'acl-initiative-write': {
                        table: 'sys_security_acl'
                        id: '025205004ac34dab8059a4c067076d46'
                    }
                    'acl-lock-create-nobody': {
                        table: 'sys_security_acl'
                        id: '251f98e829c04487aa9ca2ad1a44169d'
                    }
                    'acl-lock-delete': {
                        table: 'sys_security_acl'
                        id: '5d3071e43a564e8eaef3abd9db762d03'
                    }
                    'acl-lock-read': {
                        table: 'sys_security_acl'
                        id: '7cb41937eef84f61b4ba966fee7cd458'
                    }
                    'acl-lock-write-nobody': {
                        table: 'sys_security_acl'
                        id: '212d2beedcb74d19a5076bae2d176351'
                    }
                    'acl-mark-create-nobody': {
                        table: 'sys_security_acl'
                        id: 'ddcaeda8418741c7999820046f81e563'
                    }
                    'acl-mark-delete-nobody': {
                        table: 'sys_security_acl'
                        id: '07c505410dad4eb4bc20b81341619892'
                    }
                    'acl-mark-read': {
                        table: 'sys_security_acl'
                        id: 'e02d600da8f24c629a0fd2aaafd5feb2'
                    }
                    'acl-mark-write-nobody': {
                        table: 'sys_security_acl'
                        id: 'f25d0ac5e9ff46f1a5d6878a39007180'
                    }
                    'acl-page-agent-view': {
                        table: 'sys_security_acl'
                        id: '7140860e1f6f4118a1bd06a360ccf291'
                    }
                    'acl-page-csi-board': {
                        table: 'sys_security_acl'
                        id: 'aa27eaa0ddc447218e110457070cb4a4'
                    }
                    'acl-page-diagnostics': {
                        table: 'sys_security_acl'
                        id: 'f849cfa02465485e97e384bf960bf240'
                    }
                    'acl-page-settings': {
                        table: 'sys_security_acl'
                        id: 'b6502861dfa14a26a0df041792cf250d'
                    }
                    'acl-preview-run-create-nobody': {
                        table: 'sys_security_acl'
                        id: 'b4f4944fdd2645b79ca948f1c5e630e4'
                    }
                    'acl-preview-run-read': {
                        table: 'sys_security_acl'
                        id: '3f76bdc532ae4367a8dfbbee8d82d821'
                    }
                    'acl-preview-run-write-nobody': {
                        table: 'sys_security_acl'
                        id: '3a8487ae2e02456b878291f671156654'
                    }
                    'acl-response-body-read-csi': {
                        table: 'sys_security_acl'
                        id: '9b601992d44c4c7ea09151e88b28b1e5'
                    }
                    'acl-response-body-read-own': {
                        table: 'sys_security_acl'
                        id: '71df34635e4d450bb174805a2707e294'
                    }
                    'acl-response-create-nobody': {
                        table: 'sys_security_acl'
                        id: 'b79bbc4850af49eba1d889741d4abf96'
                    }
                    'acl-response-delete': {
                        table: 'sys_security_acl'
                        id: '0678413c25b846f489311edb3674b793'
                    }
                    'acl-response-read-agents': {
                        table: 'sys_security_acl'
                        id: 'c0f393aac34f48a282eb525f5a4899a5'
                    }
                    'acl-response-read-own': {
                        table: 'sys_security_acl'
                        id: 'e50c3ea8e25249d697d7fa28effd29b3'
                    }
                    'acl-response-write-nobody': {
                        table: 'sys_security_acl'
                        id: '56d2739bd2004675843ee911249ed4c0'
                    }
                    'acl-response-write-own': {
                        table: 'sys_security_acl'
                        id: '9e87d2bbeeeb49d49b3ae433512925aa'
                        deleted: true
                    }
                    'acl-rest-admin': {
                        table: 'sys_security_acl'
                        id: '1d152c0a47b54fd1ac4ac60051c32a48'
                    }
                    'acl-rest-call': {
                        table: 'sys_security_acl'
                        id: '706a101fffe64366b794a84391a302ad'
                    }
                    'acl-rest-one-click': {
                        table: 'sys_security_acl'
                        id: '5a33caa9d6784ac9b20535511436f8f1'
                    }
                    'acl-rest-opt-out': {
                        table: 'sys_security_acl'
                        id: '7ff7129cc442492cb6c52a66f683727c'
                    }
                    'acl-rollup-change-create-nobody': {
                        table: 'sys_security_acl'
                        id: '602ebeebdd864b669e0b8c6055a85ab1'
                    }
                    'acl-rollup-change-delete-nobody': {
                        table: 'sys_security_acl'
                        id: '08fb37b33e6f442fbe8c9b72ec22c4c7'
                    }
                    'acl-rollup-change-read': {
                        table: 'sys_security_acl'
                        id: 'b343adb6a4de4e2e8b4e27e7bf0b7564'
                    }
                    'acl-rollup-change-write-nobody': {
                        table: 'sys_security_acl'
                        id: 'baa79c59f9c54182b1fbf205f1032642'
                    }
                    'acl-rollup-create-nobody': {
                        table: 'sys_security_acl'
                        id: 'f5745222e65b4db7a44130ca8b9763b0'
                    }
                    'acl-rollup-delete-nobody': {
                        table: 'sys_security_acl'
                        id: 'c0d7e711f0e244fbb47184c1debb3a46'
                    }
                    'acl-rollup-read': {
                        table: 'sys_security_acl'
                        id: '62d8eadfbd68414b8cc1d21aff62a545'
                    }
                    'acl-rollup-write-nobody': {
                        table: 'sys_security_acl'
                        id: 'f20dc0be2d0e40908bd731bf276ed419'
                    }
                    'acl-secret-create': {
                        table: 'sys_security_acl'
                        id: '53923d09b15c400d821156d288a27560'
                    }
                    'acl-secret-delete': {
                        table: 'sys_security_acl'
                        id: '42e87781cc7b4e53aea2fa58cea79aba'
                    }
                    'acl-secret-read': {
                        table: 'sys_security_acl'
                        id: '85cf88438f9149029b67546b32c6420a'
                    }
                    'acl-secret-write': {
                        table: 'sys_security_acl'
                        id: 'ac3b1c446c444e39abc98444f069c634'
                    }
                    'acl-survey-create-nobody': {
                        table: 'sys_security_acl'
                        id: '0c368d6fac1347fca28e9dd24b4be024'
                    }
                    'acl-survey-delete': {
                        table: 'sys_security_acl'
                        id: 'b928b378af9c4f76963f0a8af4c13175'
                    }
                    'acl-survey-message-read': {
                        table: 'sys_security_acl'
                        id: '4cdd270feca94d1fa11abb4f9bbd6f3c'
                    }
                    'acl-survey-message-write': {
                        table: 'sys_security_acl'
                        id: '8a1636fff987457b8d4b264d373b7844'
                    }
                    'acl-survey-read': {
                        table: 'sys_security_acl'
                        id: '8518da452d0642e4bf7342ec45fb5230'
                    }
                    'acl-survey-write': {
                        table: 'sys_security_acl'
                        id: '67831b14f19e4e8688c0d55c019f62b8'
                    }
                    'acl-ticket-event-create-nobody': {
                        table: 'sys_security_acl'
                        id: 'f0c9dcc961134f6992c0b5874049e1a7'
                    }
                    'acl-ticket-event-read': {
                        table: 'sys_security_acl'
                        id: 'fb7cf58185d8426b9efbcecd865bd5ac'
                    }
                    'acl-ticket-event-write': {
                        table: 'sys_security_acl'
                        id: '08d948708fa54579ba260e17f23d9ba8'
                    }
                    'action-incident-experience': {
                        table: 'sys_ui_action'
                        id: 'e0ae5e830e0a4edca371c8cfabd6327d'
                    }
                    'action-requested-item-experience': {
                        table: 'sys_ui_action'
                        id: '63b6833a8a914c7fa6531db222a9f00b'
                    }
                    'atf-acls-check': {
                        table: 'sys_atf_step'
                        id: 'df43d89037db4defab24463a79476a74'
                    }
                    'atf-acls-hold': {
                        table: 'sys_atf_test'
                        id: '330a1fd07fa44007a832d311fd3d4dc6'
                    }
                    'atf-agent-admin-request': {
                        table: 'sys_atf_step'
                        id: '5682a707cb8a47e98c91b9e1d59d4920'
                    }
                    'atf-agent-admin-status': {
                        table: 'sys_atf_step'
                        id: 'fd0603ff4ec34203be1ff1933ec922a4'
                    }
                    'atf-agent-text-json': {
                        table: 'sys_atf_step'
                        id: '99a29b3ef9c34fdc932ce0be4540ddf1'
                    }
                    'atf-agent-text-request': {
                        table: 'sys_atf_step'
                        id: '5792876a5a89487b921d523f1e19a342'
                    }
                    'atf-agent-text-status': {
                        table: 'sys_atf_step'
                        id: 'ec88a8f34d8749efa7bf0e74b5100515'
                    }
                    'atf-basic-auth-agent': {
                        table: 'sys_auth_profile_basic'
                        id: 'e61fbb27675c4e0d8c7db1611b0cf63f'
                    }
                    'atf-call-refuses-bad-input': {
                        table: 'sys_atf_test'
                        id: 'd6b99e71f05d481893d2ea36b16b66b3'
                    }
                    'atf-call-request': {
                        table: 'sys_atf_step'
                        id: '9ea2f06e433746e6ad16d899f3e86a81'
                    }
                    'atf-call-status': {
                        table: 'sys_atf_step'
                        id: '863c83b6c30e40e18fc04cdc55235786'
                    }
                    'atf-invitation-email': {
                        table: 'sys_atf_test'
                        id: 'b6df1b4a192840fb877cabf87b445f15'
                    }
                    'atf-invitation-email-validate': {
                        table: 'sys_atf_step'
                        id: '192a16d69aa64e409a6115c68af6d143'
                    }
                    'atf-invitation-queue': {
                        table: 'sys_atf_step'
                        id: 'a766cf0fa26046b39bca3436448a935e'
                    }
                    'atf-invitation-user': {
                        table: 'sys_atf_step'
                        id: 'f6294d2760b748e6821990478538c9a4'
                    }
                    'atf-one-click-answers': {
                        table: 'sys_atf_test'
                        id: 'd9a320a77e5e4f07b936e3eea5d75b8d'
                    }
                    'atf-one-click-answers-script': {
                        table: 'sys_atf_step'
                        id: '8355b3d68bd74cb4bbe1d5c70a1f405b'
                    }
                    'atf-one-click-content-type': {
                        table: 'sys_atf_step'
                        id: 'e315222b14ff495f851eef5c5905d3ff'
                    }
                    'atf-one-click-form-payload': {
                        table: 'sys_atf_step'
                        id: 'e81dcc1ad54941ffaaf310a43c0d3b2d'
                    }
                    'atf-one-click-form-read': {
                        table: 'sys_atf_test'
                        id: 'ff57ce4768e74395b5c1483b25bce06d'
                    }
                    'atf-one-click-form-request': {
                        table: 'sys_atf_step'
                        id: '928f602a641647e5a1846972cf750649'
                    }
                    'atf-one-click-form-status': {
                        table: 'sys_atf_step'
                        id: 'a540f826234843e8a5083caf25b53ae7'
                    }
                    'atf-one-click-payload': {
                        table: 'sys_atf_step'
                        id: 'f3463f8987a14387b736a6d378cdc145'
                    }
                    'atf-one-click-policy': {
                        table: 'sys_atf_step'
                        id: '3a4eb3f6b9b848509131b0c47297bc1d'
                    }
                    'atf-one-click-refuses-bad-token': {
                        table: 'sys_atf_test'
                        id: 'f950d850632440d7865fbc280f35dfd0'
                    }
                    'atf-one-click-request': {
                        table: 'sys_atf_step'
                        id: 'a72f2fc71770421692a2648515354277'
                    }
                    'atf-one-click-status': {
                        table: 'sys_atf_step'
                        id: '30d89d03d5a84b6baba9815adacde639'
                    }
                    'atf-resolution-decide': {
                        table: 'sys_atf_step'
                        id: '312cacb217ea4b39a4a68157deefb088'
                    }
                    'atf-resolution-insert': {
                        table: 'sys_atf_step'
                        id: 'f539123f4b78445394d083c703316ebc'
                    }
                    'atf-resolution-query': {
                        table: 'sys_atf_step'
                        id: 'd5bf2688f2be487fb95862c72ecee333'
                        deleted: true
                    }
                    'atf-resolution-recorded': {
                        table: 'sys_atf_test'
                        id: 'cb464276c7ef47eb8e0601865f4a8e58'
                    }
                    'atf-resolution-resolve': {
                        table: 'sys_atf_step'
                        id: '686a69cc61fa48e292ae74906eb81bad'
                    }
                    'atf-resolution-user': {
                        table: 'sys_atf_step'
                        id: '76c04db25bee4256857b9b489986d64b'
                    }
                    'atf-rest-as-agent': {
                        table: 'sys_atf_test'
                        id: '60a341dd06f94d55a47105ef5b1ae0e9'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: '0b4f2a49ca4c4a8fab5af1f5b956aafe'
                    }
                    'br-incident-created-resolved': {
                        table: 'sys_script'
                        id: 'c75bccc28c124f5eb7bfdd39d38a7e36'
                    }
                    'br-incident-resolution': {
                        table: 'sys_script'
                        id: '185f5402a8ac4a9abc4d31eb4649b3d1'
                    }
                    'br-requested-item-created-resolved': {
                        table: 'sys_script'
                        id: 'c4c157b2205247e29835ed9a76115b6e'
                    }
                    'br-requested-item-resolution': {
                        table: 'sys_script'
                        id: '03e2ec111b7b4843a249e6daba3108a1'
                    }
                    'cleanup-marks': {
                        table: 'sys_auto_flush'
                        id: 'a29b420484ae494e8dba327761c34478'
                    }
                    'cleanup-preview-runs': {
                        table: 'sys_auto_flush'
                        id: '58ad43384782467ba338b3301b67db33'
                    }
                    'cleanup-responses': {
                        table: 'sys_auto_flush'
                        id: '086a4759714148068eed652d657c2e0b'
                    }
                    'cleanup-rollup-changes-done': {
                        table: 'sys_auto_flush'
                        id: '3b54c8be5ec142c8904307946e33ea3e'
                    }
                    'cleanup-rollups': {
                        table: 'sys_auto_flush'
                        id: 'f694e607fcef4a5783378727a9ce5ff7'
                    }
                    'cleanup-surveys': {
                        table: 'sys_auto_flush'
                        id: 'c65d8e60bcc043069cb23893097a07c1'
                    }
                    'cleanup-ticket-events-failed': {
                        table: 'sys_auto_flush'
                        id: 'a84cfc43df874127996773ff6e103361'
                    }
                    'cleanup-ticket-events-handled': {
                        table: 'sys_auto_flush'
                        id: 'ce48e83bef12429a9a8b45455c1052b8'
                    }
                    'event-preview-run': {
                        table: 'sysevent_register'
                        id: '423e69f6ced24e69b8a3add70d9587e9'
                    }
                    'event-survey-send': {
                        table: 'sysevent_register'
                        id: 'f8a76f844c85493da3925c9f35a23fba'
                    }
                    'job-xloop': {
                        table: 'sysauto_script'
                        id: '0720039726444c1f9077fee16e1e3699'
                    }
                    'mail-script-survey-message': {
                        table: 'sys_script_email'
                        id: '76c63a48f98d46548ebabb18ae6c6d87'
                    }
                    'menu-xloop': {
                        table: 'sys_app_application'
                        id: '151b712ab7b5444c8fbf1288246cedba'
                    }
                    'module-csi-board': {
                        table: 'sys_app_module'
                        id: '42b6821586e44347b9f209e8cfddc205'
                    }
                    'module-diagnostics': {
                        table: 'sys_app_module'
                        id: 'beeaa5a37c0244ba8b666ec638a2b7e3'
                    }
                    'module-initiatives': {
                        table: 'sys_app_module'
                        id: '5f7d51525ca341a3933225a56be8cee5'
                    }
                    'module-properties': {
                        table: 'sys_app_module'
                        id: 'c237b3fc572f456cbf182aa27f1ac263'
                    }
                    'module-responses': {
                        table: 'sys_app_module'
                        id: '4f3094c270564533ab4d76d819535159'
                    }
                    'module-settings': {
                        table: 'sys_app_module'
                        id: '3de8ea7c14f04cd5858150a80ee280c5'
                    }
                    'module-surveys': {
                        table: 'sys_app_module'
                        id: '4a77468a0a52419fbc27424aff223c3f'
                    }
                    'module-ticket-events': {
                        table: 'sys_app_module'
                        id: 'ec460da91c164d56ad477e2d85c9fd51'
                    }
                    'notification-survey': {
                        table: 'sysevent_email_action'
                        id: 'd593b6a1cdb940fd970a78431551c74c'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: 'ee130a9b3d0f4706a51583ffcf6d2731'
                    }
                    'property-initiative-register': {
                        table: 'sys_properties'
                        id: '0fbf9d73d6534df5beee5c9af0c23246'
                    }
                    'property-settings': {
                        table: 'sys_properties'
                        id: 'f736d99190124d47868352d20e954492'
                    }
                    'property-token-keyring': {
                        table: 'sys_properties'
                        id: 'a1e876cc7ee44d0cac80884eaac70db4'
                    }
                    'rate-limit-respond-guest': {
                        table: 'sys_rate_limit_rules'
                        id: 'd6b8359856944c9d95dd68fa651feddc'
                    }
                    'relationship-requested-item-responses': {
                        table: 'sys_relationship'
                        id: '300e6c6725d74dd7a015ee7ae94b3343'
                    }
                    'relationship-ticket-responses': {
                        table: 'sys_relationship'
                        id: 'd29a22f15f6f4c569a6e80b1e777d1c1'
                    }
                    'report-answers-per-day': {
                        table: 'sys_report'
                        id: '63df80fb185b4279bec9d0e162ceb85f'
                    }
                    'report-happiness-per-day': {
                        table: 'sys_report'
                        id: 'e69988cc6d7644078cbdf770a47206a4'
                    }
                    'report-lost-time-per-ticket': {
                        table: 'sys_report'
                        id: 'f668d3a0ec184661b040533eb2e07c3c'
                    }
                    'report-source-answers': {
                        table: 'sys_report_source'
                        id: 'd224ddc2b16c448b99ce0c33540db849'
                    }
                    'report-source-lost-time': {
                        table: 'sys_report_source'
                        id: 'f24e33cd4ff5495ca0ee76e055b64822'
                    }
                    'rest-xloop': {
                        table: 'sys_ws_definition'
                        id: 'f651ace35aec4da280b9d5f7423e379d'
                    }
                    'rest-xloop-admin': {
                        table: 'sys_ws_definition'
                        id: '154baafaa2114ba4882f1a49d62cf5a7'
                    }
                    'rest-xloop-admin-diagnostics': {
                        table: 'sys_ws_operation'
                        id: '5566e1a6109a4f74a363b9f679ad523f'
                    }
                    'rest-xloop-admin-preview-progress': {
                        table: 'sys_ws_operation'
                        id: 'd535439bd0474919aa5d760c0e05cda3'
                    }
                    'rest-xloop-admin-preview-start': {
                        table: 'sys_ws_operation'
                        id: '9223a906a1db4235b7c7894687de6404'
                    }
                    'rest-xloop-admin-test-invitation': {
                        table: 'sys_ws_operation'
                        id: 'a04c9a9a30df4428a5a6a25e56dcc1a8'
                    }
                    'rest-xloop-call': {
                        table: 'sys_ws_operation'
                        id: '9b0f09aaac854825aef38a8f07047a80'
                    }
                    'rest-xloop-optout-get': {
                        table: 'sys_ws_operation'
                        id: '54c1d4551cf742fa82855ffddff31377'
                    }
                    'rest-xloop-optout-post': {
                        table: 'sys_ws_operation'
                        id: '5b519d2bf30c49bda7882ce358f83da1'
                    }
                    'rest-xloop-requester': {
                        table: 'sys_ws_operation'
                        id: '6168538cceb847ad9b088437d04b5737'
                    }
                    'rest-xloop-respond-get': {
                        table: 'sys_ws_operation'
                        id: '7771fdc6ba6b4ead95e4a8b0a779be4b'
                    }
                    'rest-xloop-respond-post': {
                        table: 'sys_ws_operation'
                        id: '8ea5b3da74bb498988667b6d234c8ddd'
                    }
                    'rest-xloop-respond-token': {
                        table: 'sys_ws_query_parameter'
                        id: '87eb6bf93f0e475f90be18830355d39a'
                    }
                    'rest-xloop-text': {
                        table: 'sys_ws_operation'
                        id: 'c8c5a55a4ab24f518cacb390902f5074'
                    }
                    'script-action-preview-run': {
                        table: 'sysevent_script_action'
                        id: '756acde493c1411b8376fdec3f6eb3a3'
                    }
                    'src_server_api_call-route_ts': {
                        table: 'sys_module'
                        id: '530e9847c8b345d79dec90b1d2fcfb16'
                    }
                    'src_server_api_diagnostics-route_ts': {
                        table: 'sys_module'
                        id: 'a9c03e9e95bb4afba21d4dddd0271233'
                    }
                    'src_server_api_form-body_ts': {
                        table: 'sys_module'
                        id: '808928464b1543ac8ccd464980af2c58'
                    }
                    'src_server_api_one-click-route_ts': {
                        table: 'sys_module'
                        id: '5c2b0cefc1c044839c75b656ad7613fa'
                    }
                    'src_server_api_opt-out-route_ts': {
                        table: 'sys_module'
                        id: 'd7e767b1214e440c87723d5aac93fd43'
                    }
                    'src_server_api_page-text-route_ts': {
                        table: 'sys_module'
                        id: '37edd942233c48909fb618bf8921d37a'
                    }
                    'src_server_api_policy-preview-route_ts': {
                        table: 'sys_module'
                        id: '0f56dcb5ee944f83a74dc413c3cdd273'
                    }
                    'src_server_api_rest-types_ts': {
                        table: 'sys_module'
                        id: 'be8c309862f9434bba4fa795d08ffe0d'
                    }
                    'src_server_core_xloop-core_js': {
                        table: 'sys_module'
                        id: 'f9cda9cfe9ca47559e74eaec6ac74a7c'
                    }
                    'src_server_delivery_event-delivery_ts': {
                        table: 'sys_module'
                        id: 'f3b7383d0db44f81bdadeba55a52ae91'
                    }
                    'src_server_delivery_message-at-rest_ts': {
                        table: 'sys_module'
                        id: '837ab45c507a4a48b9407616889b2c30'
                    }
                    'src_server_delivery_survey-email_ts': {
                        table: 'sys_module'
                        id: '4fb5de2aae7146548b6379d05318a42e'
                    }
                    src_server_diagnostics_ts: {
                        table: 'sys_module'
                        id: '6b7b525ec0c14f2bb58f99806796d5ed'
                    }
                    'src_server_glide-ports_ts': {
                        table: 'sys_module'
                        id: 'f3a9aedb0d00460f806a37817c165dfa'
                    }
                    'src_server_glide-rows_ts': {
                        table: 'sys_module'
                        id: '9f9b839c1e614227ae3aa4603b3e395e'
                    }
                    'src_server_glide-zoned-time_ts': {
                        table: 'sys_module'
                        id: 'aecd82ce34324fb49e6e1f8f07692139'
                    }
                    'src_server_hmac-sha256_ts': {
                        table: 'sys_module'
                        id: '2e3aa5b8891f4e978e875bc8ac5a6b40'
                        deleted: true
                    }
                    'src_server_improvement-register_ts': {
                        table: 'sys_module'
                        id: '05d1037d34f140218ea0af63b381708b'
                    }
                    'src_server_instant-column_ts': {
                        table: 'sys_module'
                        id: 'b8c7972388544952aa15b76e27d38bc4'
                    }
                    'src_server_jobs_job-lock_ts': {
                        table: 'sys_module'
                        id: '42249a7b3e4644738866d70bc904fb07'
                    }
                    'src_server_jobs_process-ticket-events_ts': {
                        table: 'sys_module'
                        id: 'ff3fc2d1125c4ce8a9b77736b84713cf'
                    }
                    'src_server_jobs_xloop-job_ts': {
                        table: 'sys_module'
                        id: '96dffa0024ed4ce6b28dea40bf0e12bd'
                    }
                    'src_server_platform-columns_ts': {
                        table: 'sys_module'
                        id: '9779325b048d42cb81882fb2bd60f1bc'
                    }
                    'src_server_preview_policy-preview-run_ts': {
                        table: 'sys_module'
                        id: 'e29f56c5159a455badaf449a430782f3'
                    }
                    src_server_roles_ts: {
                        table: 'sys_module'
                        id: 'e2904929ea9b4d0691b2df1c69402e45'
                    }
                    'src_server_stores_glide-initiative-store_ts': {
                        table: 'sys_module'
                        id: '10cecff98bcc4c6087983ab1457d1bdd'
                    }
                    'src_server_stores_glide-response-store_ts': {
                        table: 'sys_module'
                        id: 'd9f036e88ce842cf93e04b49358b1d05'
                    }
                    'src_server_stores_glide-rollup-store_ts': {
                        table: 'sys_module'
                        id: '1f93cf1b48a945d2970b63ab9ef95ac2'
                    }
                    'src_server_stores_glide-survey-store_ts': {
                        table: 'sys_module'
                        id: '22988000a5214d85b554d8f298e61712'
                    }
                    'src_server_stores_property-settings-store_ts': {
                        table: 'sys_module'
                        id: '4ca873b82da345e8914495232f5018bc'
                    }
                    src_server_tables_ts: {
                        table: 'sys_module'
                        id: 'bf29b612e7874e45bd61aeee2c2bd474'
                    }
                    'src_server_test-invitation_ts': {
                        table: 'sys_module'
                        id: '2fdb34b98ee84ec0bf6699292218187d'
                    }
                    'src_server_ticket-events_record-ticket-event_ts': {
                        table: 'sys_module'
                        id: '2f458b2100f14f72b6934d91246613c7'
                    }
                    'src_server_ticket-events_reference-names_ts': {
                        table: 'sys_module'
                        id: '5f1393bcfbb342b186178b8073b82067'
                    }
                    'src_server_ticket-events_requester-details_ts': {
                        table: 'sys_module'
                        id: 'cd1523cfaaf94db3b89c2e219334d86d'
                    }
                    'src_server_ticket-events_resolution-sweep_ts': {
                        table: 'sys_module'
                        id: '2103379e4ceb46069e50a141e0f83b46'
                    }
                    'src_server_ticket-events_ticket-history_ts': {
                        table: 'sys_module'
                        id: 'e2ae4370fb6c46e2bd95e44f8fd98850'
                    }
                    'src_server_ticket-events_ticket-snapshot_ts': {
                        table: 'sys_module'
                        id: 'de2b9bc9f5864d57bd49801325bfc179'
                    }
                    'src_server_ui-text_de_ts': {
                        table: 'sys_module'
                        id: 'ddd8717d65364acfadf9842ebd4085b7'
                    }
                    'src_server_ui-text_en_ts': {
                        table: 'sys_module'
                        id: '8c6d0478f66f4da280d16de5b5d53cfa'
                    }
                    'src_server_ui-text_es_ts': {
                        table: 'sys_module'
                        id: 'de080197ede547578ec827a3c55f3f58'
                    }
                    'src_server_ui-text_fi_ts': {
                        table: 'sys_module'
                        id: 'c8bfe403a6374d43bb3bab100434fb7d'
                    }
                    'src_server_ui-text_fr_ts': {
                        table: 'sys_module'
                        id: '2539b552d07b4e888c4e0b14511aec84'
                    }
                    'src_server_ui-text_index_ts': {
                        table: 'sys_module'
                        id: '06d964228c01495d9880fa6f0ce6d4f3'
                    }
                    'src_server_ui-text_ja_ts': {
                        table: 'sys_module'
                        id: '0fbf39448187461299ac9bf786b8e45f'
                    }
                    'src_server_ui-text_nl_ts': {
                        table: 'sys_module'
                        id: 'e3615fc8ce4b4e01a27674d6832b29ea'
                    }
                    'src_server_ui-text_page-text_ts': {
                        table: 'sys_module'
                        id: '15302a3b93c84a44abe86ed520e5039a'
                    }
                    'src_server_ui-text_pl_ts': {
                        table: 'sys_module'
                        id: 'c2e0a9b9157e4321b243daf9ef748cbb'
                    }
                    'src_server_ui-text_pt_ts': {
                        table: 'sys_module'
                        id: '7bf33d6d3a664d879fe279c7766c1032'
                    }
                    'src_server_ui-text_sv_ts': {
                        table: 'sys_module'
                        id: '9cf7e1ea8dcf4db6bc020613a4b4e912'
                    }
                    'widget-rate-ticket': {
                        table: 'sp_widget'
                        id: '4111d4f09c374ca28721afe743a011a3'
                    }
                    'xsp-asmt-condition-read': {
                        table: 'sys_scope_privilege'
                        id: '18d335e1eac648189040c0b168e3da6d'
                    }
                    'xsp-cim-register-create': {
                        table: 'sys_scope_privilege'
                        id: 'c9d51ff645c5474792b139073ab5b4c5'
                    }
                    'xsp-cim-register-read': {
                        table: 'sys_scope_privilege'
                        id: '464b2e244e90452cbcefc3a5c298f322'
                    }
                    'xsp-cim-register-write': {
                        table: 'sys_scope_privilege'
                        id: 'a737cdbb0bad41939fc39dc15ffefd07'
                    }
                    'xsp-cmdb-ci-service-read': {
                        table: 'sys_scope_privilege'
                        id: '5ff345746d6f44c7b2b8ca6ae553c329'
                    }
                    'xsp-cmn-location-read': {
                        table: 'sys_scope_privilege'
                        id: '6cf0b7dd664042cdafbf041e47ed43e2'
                    }
                    'xsp-email-action-read': {
                        table: 'sys_scope_privilege'
                        id: 'ee06ccdd2cbb44baa120f6e2f1541dab'
                    }
                    'xsp-incident-read': {
                        table: 'sys_scope_privilege'
                        id: 'fe2d5e23efa64291b78081c0329f971d'
                    }
                    'xsp-sc-req-item-read': {
                        table: 'sys_scope_privilege'
                        id: '7cc5d860c32a4d308300422673ecdd87'
                    }
                    'xsp-sys-choice-read': {
                        table: 'sys_scope_privilege'
                        id: 'e281cc4b76db46c8a6411b8b7d758877'
                    }
                    'xsp-sys-user-group-read': {
                        table: 'sys_scope_privilege'
                        id: '3600f981e69241b4ab4ec801b956cd6d'
                    }
                    'xsp-sys-user-read': {
                        table: 'sys_scope_privilege'
                        id: 'c6354d3e98824ec1be08b75b6c22ea28'
                    }
                    'xsp-sysauto-script-read': {
                        table: 'sys_scope_privilege'
                        id: '5d86ab4e344d42adba26f0a14d2b074b'
                    }
                    'xsp-task-read': {
                        table: 'sys_scope_privilege'
                        id: 'ce20a8761ddd442695149d02bd7fb127'
                    }
                    'xsp-ws-operation-read': {
                        table: 'sys_scope_privilege'
                        id: '3b18c36b6ffb4f638c17cad7b7178bad'
                    }
                }
                composite: [
                    {
                        table: 'sys_documentation'
                        id: '027ba4dfa756409cac6372ffc44a38fb'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'keys'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0303c75ef4ba4ef98fb53b3bc4a5629b'
                        key: {
                            name: 'x_xloop_response'
                            element: 'score'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '03f8307d209948dfb3104fe12d8bb0ff'
                        key: {
                            document_key: 'f3463f8987a14387b736a6d378cdc145'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '04bafaaf4ace40a0bf1bed01fb6ed0e6'
                        key: {
                            name: 'x_xloop_rollup'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '04e0897391a74f10bd82862da834987b'
                        key: {
                            sys_security_acl: '67831b14f19e4e8688c0d55c019f62b8'
                            sys_user_role: {
                                id: 'd87f4c9861454389b330ad1fb9636333'
                                key: {
                                    name: 'x_xloop.experience_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0524ecb125744813975de24c376f1722'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's9'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '058053524c4d4d049dbb5607ad142e03'
                        key: {
                            document_key: '5682a707cb8a47e98c91b9e1d59d4920'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '05ae5eabc42e4618915352e250c9da0a'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'last_change'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '05bf573838b145f5b1cefbca4364bdfe'
                        key: {
                            logical_table_name: 'x_xloop_rollup_change'
                            col_name_string: 'state,logged_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '05f5c2079b9d4fe0829bd428134f57c6'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'resolved'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '068138bb30674c95b00e2f1c1c1aa0eb'
                        key: {
                            document_key: '686a69cc61fa48e292ae74906eb81bad'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '06a95077a3a448b7a5b22d24090479f0'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '06e54833f6cc4194ad25caf00d238a69'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'state'
                            value: 'sent'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0758ee31460a48b3a85ecfbaeb032c6b'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'lost_time_minutes'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0822ad930df74642b2c862263544e691'
                        key: {
                            document_key: 'e81dcc1ad54941ffaaf310a43c0d3b2d'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08647a3b674f42279bc94d9cc832507b'
                        key: {
                            document_key: 'f6294d2760b748e6821990478538c9a4'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '098ea0c4a0654ee78d4d14e21b873f8f'
                        key: {
                            list_id: {
                                id: '68c9bf0ab3b94179a84b42d8082bf45a'
                                key: {
                                    name: 'x_xloop_survey'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '09fbf36c955040a0a6cb69a26f243430'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '0c1e1b1fff9a41e295ff7c4203fce4ab'
                        key: {
                            name: 'x_xloop_ticket_event'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0c314b90749049b08cd0b2eccf845d0f'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'day'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c81a9bf82f34e7ca463f09e56d693de'
                        key: {
                            document_key: 'a540f826234843e8a5083caf25b53ae7'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d99df1148cb49b58f73375dd2a08397'
                        deleted: true
                        key: {
                            document_key: 'd5bf2688f2be487fb95862c72ecee333'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0e2f2cb733644468ba8fcb1e731de636'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'logged_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '0e629782ee634806bd3d9212f08f13f8'
                        key: {
                            name: 'x_xloop_response'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0eb998a402ab416fb186b6b2d0657c1a'
                        key: {
                            document_key: 'f539123f4b78445394d083c703316ebc'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0f727c6cfa6344fabeeb5c0601cd7d74'
                        key: {
                            sys_ui_section: {
                                id: '9e9386358c96485890e7fd7b0ea0bd03'
                                key: {
                                    name: 'x_xloop_response'
                                    caption: 'Response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '105a2b7162b94de4ba0cc51270d996fa'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'change_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '107e41af167941b9910b166ada9e984c'
                        key: {
                            list_id: {
                                id: '68c9bf0ab3b94179a84b42d8082bf45a'
                                key: {
                                    name: 'x_xloop_survey'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sent_on'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '10faa505f58144889a248836eb1d36f3'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1132857820c04d94baca5dff57ef8c0e'
                        key: {
                            document_key: '5682a707cb8a47e98c91b9e1d59d4920'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '117ce23dc27f4b86a13b3e35b9f9ea9c'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '122097e3e89d4a9ab08af4d43095c110'
                        key: {
                            document_key: '686a69cc61fa48e292ae74906eb81bad'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '129d2f47e6aa4d6d85cd4d8643a69b63'
                        key: {
                            sys_ui_section: {
                                id: '83cbc6c9b61f40d5baf365c3f444b6ba'
                                key: {
                                    name: 'x_xloop_survey'
                                    caption: 'Survey'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '12b2e3bceed64fc98d2a6eb1faca0395'
                        key: {
                            document_key: '5682a707cb8a47e98c91b9e1d59d4920'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '12cfaf4de88a4ff08a03766a9a320305'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '12f88625d92542969985e1b5834c1dff'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'event_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1333d2cfbe6944bbad297dedea23842b'
                        key: {
                            sys_ui_section: {
                                id: '9e9386358c96485890e7fd7b0ea0bd03'
                                key: {
                                    name: 'x_xloop_response'
                                    caption: 'Response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '13ab7099708c4f44b04bbc510cd84cff'
                        key: {
                            sys_security_acl: '8518da452d0642e4bf7342ec45fb5230'
                            sys_user_role: {
                                id: '9179dc74115f4581830a258da646629d'
                                key: {
                                    name: 'x_xloop.agent_viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '13f6deccafce414b81d2362a21995d30'
                        key: {
                            list_id: {
                                id: 'a9bfaa9612b44809b791a0e20e7c6876'
                                key: {
                                    name: 'x_xloop_response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'answered_on'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '14115e5185d94ef8866486c504f4b5bf'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'state'
                            value: 'answered'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '14a5a5b774f14272b9f5e5bbfd628295'
                        key: {
                            name: 'x_xloop_response'
                            element: 'day'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14c93d8792174b96bc6921cce873b153'
                        key: {
                            document_key: '5792876a5a89487b921d523f1e19a342'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '16d65632f3e54e2187714bdd38e51ff8'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '686a69cc61fa48e292ae74906eb81bad'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '17a393f058f14a77a6b10fc7e309a93d'
                        key: {
                            name: 'x_xloop_response'
                            element: 'requester'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '18086cc38439423a8b432f695181491f'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'last_change'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '189b1264b82e4d8b89f2af397be05274'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'decisions'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '18f7eb6468134c509d142273d89bd5c3'
                        key: {
                            document_key: '686a69cc61fa48e292ae74906eb81bad'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '19be5299fa7f414fbc75271bc0a783cc'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '1aa901ced03c4dc88ed926582fe8eaba'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1ab2f08299a64ee6a577e8ac2d1e5a58'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1b000e3895dd4376a358f82410c39545'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's2'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1ba1e469b0f249dcab93a7bba95fccbe'
                        key: {
                            document_key: '928f602a641647e5a1846972cf750649'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1c5501e340a6423abd30f54a07154db6'
                        key: {
                            name: 'x_xloop_response'
                            element: 'ticket_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1d3876238a784e739930dde61cc5d61d'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1de48fdc76ca466fb1577553447e1a79'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'expired'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1dee223bd0884190aca6b17f708d9810'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'event_type'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1df3ff0182e448018aadf1c44d4825ed'
                        key: {
                            document_key: '312cacb217ea4b39a4a68157deefb088'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1e122f0bbb5642b0ae57d31e7c7c932a'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '1e4fb1b76d4940799e129fc2b17ec24d'
                        key: {
                            logical_table_name: 'x_xloop_response'
                            col_name_string: 'answered_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1e716e2802754b809c3b5d911f45bd1e'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'resolved'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '200ce2c633d540738a0dd12b8fc2d210'
                        key: {
                            name: 'x_xloop_survey'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '20b7ae892e7b4869a110a653bfc07f7b'
                        key: {
                            document_key: 'e81dcc1ad54941ffaaf310a43c0d3b2d'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2391640363424e12a24d3173dd82ac1e'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'kind'
                            value: 'opt_out'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '240fcf03bdf14104aac3865c633f957d'
                        key: {
                            logical_table_name: 'x_xloop_survey'
                            col_name_string: 'due_at'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '2498ea103aeb4e96bfcce4e00679f455'
                        key: {
                            logical_table_name: 'x_xloop_ticket_event'
                            col_name_string: 'ticket_id,event_type'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '2516045b6ff4496f998ba5511146ebfc'
                        key: {
                            role: {
                                id: 'f81ff4ca120248ac9d85f76bc5521701'
                                key: {
                                    name: 'x_xloop.csi_manager'
                                }
                            }
                            contains: {
                                id: '9179dc74115f4581830a258da646629d'
                                key: {
                                    name: 'x_xloop.agent_viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '29089ac47da345ca9a3cad53f141fc6c'
                        key: {
                            logical_table_name: 'x_xloop_ticket_event'
                            col_name_string: 'at'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2a2782cbe6394d12b757d52341aea1e2'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'f539123f4b78445394d083c703316ebc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a68b5ef0a1d4482a9b2af8b08380633'
                        key: {
                            document_key: '928f602a641647e5a1846972cf750649'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2c8f7033045d4492a9d29f8dad07353b'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2db63e3c12d54bca9fd3e967bd55293b'
                        key: {
                            document_key: '5792876a5a89487b921d523f1e19a342'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ddfad4d5f0946909c803673bc815abb'
                        key: {
                            document_key: '9ea2f06e433746e6ad16d899f3e86a81'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2f151b123fbc47c482e01c43e3d1aed0'
                        key: {
                            sys_ui_section: {
                                id: '83cbc6c9b61f40d5baf365c3f444b6ba'
                                key: {
                                    name: 'x_xloop_survey'
                                    caption: 'Survey'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2f4c93625e8d4ac0851453c010da6741'
                        key: {
                            name: 'x_xloop_response'
                            element: 'happiness'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2f7cc3304a2b410ea433053eb72f6a75'
                        key: {
                            list_id: {
                                id: 'a9bfaa9612b44809b791a0e20e7c6876'
                                key: {
                                    name: 'x_xloop_response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'requester'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '30c9f0907a304e56ae6f8bb25ef500c0'
                        key: {
                            document_key: '3a4eb3f6b9b848509131b0c47297bc1d'
                            variable: '416784919f132200ef4afa7dc67fcff4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '30dbf554609e45c9a6d65657ce6f6f16'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's0'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '32441cf2d5ea4ac8837bd9132edce9e7'
                        key: {
                            logical_table_name: 'x_xloop_rollup_change'
                            col_name_string: 'day,state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '328371dd4d2e49578d9665240da64e98'
                        key: {
                            name: 'x_xloop_response'
                            element: 'requester_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '335fc3d112a9434993d76f359985bd34'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '352fb014a39f4b5d924713b4049c5226'
                        key: {
                            document_key: '9ea2f06e433746e6ad16d899f3e86a81'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '3534fa16ecf9462181132333e57e06b6'
                        key: {
                            name: 'x_xloop_preview_run'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '35cb07a50701439d95686fec6203062f'
                        key: {
                            sys_security_acl: '7140860e1f6f4118a1bd06a360ccf291'
                            sys_user_role: {
                                id: '9179dc74115f4581830a258da646629d'
                                key: {
                                    name: 'x_xloop.agent_viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '35d703d8b9f941a79387cd6706e6febf'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'state'
                            value: 'scheduled'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3772d730b48f4fbe93e74001423c076b'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'lost_time_answers'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '37bbce1462764bf1bab419154ea323ea'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '37cf838343064a9385a62b0383cd159c'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'result'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '380a905d3ef942a59caf8100d59153c9'
                        key: {
                            name: 'x_xloop_initiative'
                            element: 'version'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3867fe020ba64dc4a3c5f0fda3076451'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's9'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3904222759bf4e8e8e652017869d2ac7'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'decisions'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '39474dc15268466b8976220405515e3d'
                        key: {
                            sys_ui_section: {
                                id: '9e9386358c96485890e7fd7b0ea0bd03'
                                key: {
                                    name: 'x_xloop_response'
                                    caption: 'Response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'answered_on'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a013a0165f04b6c804f6c66940dc8ae'
                        key: {
                            document_key: '5792876a5a89487b921d523f1e19a342'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3a0648629a9c4076b7bb1a6b0723411c'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'record'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3a264d742832419198521bf08fd34267'
                        key: {
                            name: 'x_xloop_lock'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '3c164b10b7d04540b91f5eabd42a8343'
                        key: {
                            name: 'x_xloop_response'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3d5ef51d5fb84ea6be5395a804960e02'
                        key: {
                            name: 'x_xloop_secret'
                            element: 'value'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '3d6c0ccd8af94422a98a520d9f9ca3a2'
                        key: {
                            logical_table_name: 'x_xloop_response'
                            col_name_string: 'pending'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3dd5b9d08d914f869ffdcb6afae9711b'
                        key: {
                            name: 'x_xloop_response'
                            element: 'body'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '3e13f1bc72304674ab8eceef1eedd59e'
                        key: {
                            logical_table_name: 'x_xloop_rollup'
                            col_name_string: 'day,segment_key'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '3e9487d4988440259acd5e696fbc29ce'
                        key: {
                            logical_table_name: 'x_xloop_ticket_event'
                            col_name_string: 'state,at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3f163e190b4c4e0b9f3f1b93b6134612'
                        key: {
                            document_key: '5792876a5a89487b921d523f1e19a342'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '411462009ce94e968bf6a14f9e5b312a'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'a766cf0fa26046b39bca3436448a935e'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '414a7d389f0d43cd9c1fee7476ac9add'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '41c3e879b0f4457f8f7bd3c11c0dd748'
                        key: {
                            sys_ui_section: {
                                id: '9e9386358c96485890e7fd7b0ea0bd03'
                                key: {
                                    name: 'x_xloop_response'
                                    caption: 'Response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '421701f9e26e4994bcd9124e444b6ee0'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's3'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4269372d55f24c4ab2d84af5f2fbdfab'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'requester'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4369edcdc0ca4df7a4a7546376245752'
                        key: {
                            document_key: 'f6294d2760b748e6821990478538c9a4'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43d61d821d3046849fb60f247228631c'
                        key: {
                            document_key: 'a72f2fc71770421692a2648515354277'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4427c2ac663a453c857a4deb87978c96'
                        deleted: true
                        key: {
                            document_key: 'd5bf2688f2be487fb95862c72ecee333'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4492cf724cd54faab5eb79b8884bd221'
                        key: {
                            document_key: '5682a707cb8a47e98c91b9e1d59d4920'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '44b2764431db45c9b3891f192b477bd2'
                        key: {
                            name: 'x_xloop_response'
                            element: 'answered_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '45050ee309694c589f7cd730b0d1e09b'
                        key: {
                            name: 'x_xloop_mark'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '45760ce1beb44384856a1111453f1332'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'due_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '459c0c0165304d3dad719df57af964c8'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'event_type'
                            value: 'resolved'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '45a349cbb43a4259887aa55a260c9a2a'
                        key: {
                            name: 'x_xloop_lock'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '4624d294829143bea8c4a62d8f8f06a7'
                        key: {
                            sys_ui_action: '63b6833a8a914c7fa6531db222a9f00b'
                            sys_user_role: {
                                id: '9179dc74115f4581830a258da646629d'
                                key: {
                                    name: 'x_xloop.agent_viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '478b43d765734f0584d9825c4291de1c'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '47d2668f289646048e9e348437600428'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '483205958e724ddc93825525c94f322b'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's8'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4853d77aacde4433af05e5ba15b40aa3'
                        key: {
                            sys_ui_section: {
                                id: '83cbc6c9b61f40d5baf365c3f444b6ba'
                                key: {
                                    name: 'x_xloop_survey'
                                    caption: 'Survey'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'sent_on'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '486564eb9042464dab24b2f78e701a05'
                        key: {
                            document_key: 'a72f2fc71770421692a2648515354277'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '487802cff18748139c637a0dd0792f02'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'requester_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '490b21ec7fd940458b1b6a18848fbcb6'
                        key: {
                            document_key: '76c04db25bee4256857b9b489986d64b'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '497b0393253546068be1662de2ba2426'
                        key: {
                            sys_security_acl: '0678413c25b846f489311edb3674b793'
                            sys_user_role: {
                                id: 'd87f4c9861454389b330ad1fb9636333'
                                key: {
                                    name: 'x_xloop.experience_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '49b43c105676443f80dd6258c178e319'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'sent_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4a84fc19619a42d5bd6ada0b79e8b262'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'expired'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4a8d79a24a384cfaabf7254ecd3348bc'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'sent_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4b08ad5861c546e989ce3b09b0c1a932'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'state'
                            value: 'done'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4b14902f12454e7089a9250771228432'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'day'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b848716684d42199449b4e1cf18fc6d'
                        key: {
                            document_key: '30d89d03d5a84b6baba9815adacde639'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4b8d7cb71369459c8ddd3867edb38566'
                        key: {
                            document_key: '928f602a641647e5a1846972cf750649'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4ba7c75452a745e5a398ffb911d17535'
                        key: {
                            sys_security_acl: '5d3071e43a564e8eaef3abd9db762d03'
                            sys_user_role: {
                                id: 'd87f4c9861454389b330ad1fb9636333'
                                key: {
                                    name: 'x_xloop.experience_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4c1e0f6951cb449cb7ce42db4b53006f'
                        key: {
                            sys_security_acl: 'f849cfa02465485e97e384bf960bf240'
                            sys_user_role: {
                                id: 'd87f4c9861454389b330ad1fb9636333'
                                key: {
                                    name: 'x_xloop.experience_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4c3f6f73a5a546d2be81967221f7ef5b'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's0'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4ce5d57cd2c8405fb70114d9d288cb0e'
                        key: {
                            sys_security_acl: 'b6502861dfa14a26a0df041792cf250d'
                            sys_user_role: {
                                id: 'd87f4c9861454389b330ad1fb9636333'
                                key: {
                                    name: 'x_xloop.experience_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4e3d59ee40d644c799b49214377a8a05'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'requester_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4f1f61ddbc744618a08e79f975a56ebb'
                        key: {
                            name: 'x_xloop_response'
                            element: 'pending'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4f463b50233e49968b06629142a61824'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'body'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4f83e20fee2347b7a1f64be440140381'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'day'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '5007917b93024b7d9e4c7e6e5dc18914'
                        key: {
                            role: {
                                id: 'd87f4c9861454389b330ad1fb9636333'
                                key: {
                                    name: 'x_xloop.experience_admin'
                                }
                            }
                            contains: {
                                id: 'f81ff4ca120248ac9d85f76bc5521701'
                                key: {
                                    name: 'x_xloop.csi_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5008ed50a6bd4660b4a3e709ccdebe46'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'send_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5052935f9e084c09bdd4e56266daac5e'
                        key: {
                            name: 'x_xloop_initiative'
                            element: 'title'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '50787ad3a37643d5bec7acf8ff87de7f'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'resolved_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '50c5dedb43144e958216f51893065c94'
                        key: {
                            name: 'x_xloop_response'
                            element: 'survey_id'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '51295d27dc354a13adcba2c1d10f11da'
                        key: {
                            name: 'x_xloop_rollup_change'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '51e278ecd39e4bcfb7b0393f93382691'
                        key: {
                            name: 'x_xloop_initiative'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5233f725c9554c0ebbbfd7056cbc81a9'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'resolved_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '52d491b2a3854ba59a7acc3eacd1d4a7'
                        key: {
                            list_id: {
                                id: 'a9bfaa9612b44809b791a0e20e7c6876'
                                key: {
                                    name: 'x_xloop_response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'has_comment'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '53e12f9956a942739e7b06958bb65d95'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'delta'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '54298ea406814b049a1e3519742362aa'
                        key: {
                            sys_security_acl: 'b343adb6a4de4e2e8b4e27e7bf0b7564'
                            sys_user_role: {
                                id: 'd87f4c9861454389b330ad1fb9636333'
                                key: {
                                    name: 'x_xloop.experience_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '54840d5a29454726ae12c280e07f2068'
                        key: {
                            document_key: 'fd0603ff4ec34203be1ff1933ec922a4'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '54b8d3ec8f7f4f31a81d84640d8c1ce8'
                        deleted: true
                        key: {
                            document_key: 'd5bf2688f2be487fb95862c72ecee333'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '55013b267a2b41bcae0bbb9ca8d264d4'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'mark_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5593d77bc9b048a399739a43ed61c3e2'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'ticket'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '559f2b08b2cf493e8d886b072d710e85'
                        key: {
                            document_key: 'f6294d2760b748e6821990478538c9a4'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '55e58576b8ba433399d0f6b60f982228'
                        key: {
                            list_id: {
                                id: '68c9bf0ab3b94179a84b42d8082bf45a'
                                key: {
                                    name: 'x_xloop_survey'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5669fad850394ba894958cc9ea2c1a67'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'lost_time_minutes_squared'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '56bdddba6c6744309035b34ec4b7b502'
                        key: {
                            document_key: 'f539123f4b78445394d083c703316ebc'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '576a3e154b2b4bd18fc99c2afd1958f3'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'kind'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '57b609a98839401daf317fe1c799228e'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '58b883a3eb5e4246b653cbf4fe310e97'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's1'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '58c6ceb55e754c45a75044a0da3a77fb'
                        key: {
                            sys_security_acl: '5a33caa9d6784ac9b20535511436f8f1'
                            sys_user_role: {
                                id: 'f85b642e53d249e2a3e38c0f2fc1c6c4'
                                key: {
                                    name: 'public'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5a2f0363320f4f05b880156d901c134e'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'change_id'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '5bf872794e054b5b92f2854ec978bbdb'
                        key: {
                            name: 'x_xloop_survey'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5db32a75b8fc4099bc3e71e16a8441b0'
                        key: {
                            document_key: '863c83b6c30e40e18fc04cdc55235786'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '5fb219fb194b4c4698a2737cd5d701f9'
                        key: {
                            logical_table_name: 'x_xloop_survey'
                            col_name_string: 'survey_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '60887c585ad7453ab1f350763773f83c'
                        key: {
                            name: 'x_xloop_response'
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '60a7b8c5b2354ae195b7d6f5aebf73e5'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '613ff31716e14cbbb5483301f0a09093'
                        key: {
                            name: 'x_xloop_response'
                            element: 'requester'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '616ebb5879a044ebac85dbd88fef9734'
                        key: {
                            list_id: {
                                id: 'f95e9f9e93d24e129bb42aa51a606a05'
                                key: {
                                    name: 'x_xloop_initiative'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'external_key'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '61bf1216452b45b2baaf42f0c4da1f53'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'run_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '6237a0e943b5427ead5ad5e470be55eb'
                        key: {
                            name: 'x_xloop_lock'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '62d6108ce46747e3b086ad6178f1f240'
                        key: {
                            document_key: 'fd0603ff4ec34203be1ff1933ec922a4'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '62f0d89d760540fc82eaf128cdf4ebb0'
                        key: {
                            document_key: 'f6294d2760b748e6821990478538c9a4'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6302c7c2565646b186260a23218d12e3'
                        key: {
                            document_key: '928f602a641647e5a1846972cf750649'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '636e9022640046ed90db8c6785aedffd'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '63c6d92d606649c08c8f6626b087aaaa'
                        key: {
                            list_id: {
                                id: 'f95e9f9e93d24e129bb42aa51a606a05'
                                key: {
                                    name: 'x_xloop_initiative'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '64c5b2e59d784c5fb0dca7b529b323f6'
                        key: {
                            sys_security_acl: '649c40a049de4829ac35c1939ab44e17'
                            sys_user_role: {
                                id: 'd87f4c9861454389b330ad1fb9636333'
                                key: {
                                    name: 'x_xloop.experience_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '661ccd89b8ac42bab808bbeae3a47866'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '66682c1ab0ab4590b3178404ffc064bf'
                        key: {
                            logical_table_name: 'x_xloop_mark'
                            col_name_string: 'mark_key'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '66a2e25f97da4098b6b576b02fb25972'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'state'
                            value: 'expired'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '68c9bf0ab3b94179a84b42d8082bf45a'
                        key: {
                            name: 'x_xloop_survey'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '69f24a0a1c114d75a3907e40f237f567'
                        deleted: true
                        key: {
                            document_key: 'd5bf2688f2be487fb95862c72ecee333'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6a78cd7e111a4cfa9f5af705a4ef399c'
                        key: {
                            document_key: '192a16d69aa64e409a6115c68af6d143'
                            variable: 'd30577f4c3033300eaac11fe81d3ae3e'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ac5630b92354a6e818836a7b8816efc'
                        key: {
                            document_key: '9ea2f06e433746e6ad16d899f3e86a81'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6cfd1e2973bf41eea7c53e706d422600'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'requested_by'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6d0472766cc8472fb3dc682d89e9cc81'
                        key: {
                            name: 'x_xloop_response'
                            element: 'ticket'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6d05b20cf8b94694b8391c32d38ec22c'
                        key: {
                            sys_security_acl: '62d8eadfbd68414b8cc1d21aff62a545'
                            sys_user_role: {
                                id: '9179dc74115f4581830a258da646629d'
                                key: {
                                    name: 'x_xloop.agent_viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6d369803ef1940c1a910eb3b811d60e3'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'body'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6dcc5545fd7f4a7d90c9f32ce8f4c682'
                        key: {
                            document_key: '9ea2f06e433746e6ad16d899f3e86a81'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6e491468edbc4842966725b07ffa273f'
                        key: {
                            sys_security_acl: '7ff7129cc442492cb6c52a66f683727c'
                            sys_user_role: {
                                id: 'f85b642e53d249e2a3e38c0f2fc1c6c4'
                                key: {
                                    name: 'public'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e58acc0915e462498976e7c6bba727f'
                        key: {
                            document_key: '30d89d03d5a84b6baba9815adacde639'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6e637552aaab49049c22afefcd70b119'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'lost_time_minutes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6e944a5f68b74918b149f1714dbc7815'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'resolved_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7036715e625d46aeb86851866b3ea957'
                        key: {
                            document_key: '192a16d69aa64e409a6115c68af6d143'
                            variable: '92c42ff0c3033300eaac11fe81d3aec0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '713663707d224f8c9a0a29c2bd10ec77'
                        key: {
                            name: 'x_xloop_secret'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '72ec996e834d4efd9712d688ce14f472'
                        key: {
                            sys_security_acl: 'fb7cf58185d8426b9efbcecd865bd5ac'
                            sys_user_role: {
                                id: 'd87f4c9861454389b330ad1fb9636333'
                                key: {
                                    name: 'x_xloop.experience_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '732c6d4264414210870e5987f1b2e0f8'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'state'
                            value: 'folding'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '73ae8028749a49d8833199bc24251db5'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'body'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '74137dbd049346f7b518472c8f157fb5'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's1'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '746dcda2ba94478a95562af0eda1513c'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7485cec1ef1a4b5592cf68f91141a2f0'
                        key: {
                            list_id: {
                                id: '68c9bf0ab3b94179a84b42d8082bf45a'
                                key: {
                                    name: 'x_xloop_survey'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'resolved_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '763e972e516c49d4a769a08976965b13'
                        key: {
                            document_key: '686a69cc61fa48e292ae74906eb81bad'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7658e0f806174b82bec5b657ba2bd52e'
                        key: {
                            name: 'x_xloop_lock'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '76a87721b52a4385b36fb3383089b18a'
                        key: {
                            sys_ui_form: {
                                id: '0e629782ee634806bd3d9212f08f13f8'
                                key: {
                                    name: 'x_xloop_response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '9e9386358c96485890e7fd7b0ea0bd03'
                                key: {
                                    name: 'x_xloop_response'
                                    caption: 'Response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7863f414ab654cacb57683b1ac97c6b4'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'answered'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '790919424a9a4488ab4bd0c97d1fc46b'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'ticket_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7916976d26984e06aff52145476d042b'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'event_type'
                            value: 'reopened'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '795f13b45ebd4931a50588e0e2bc6598'
                        key: {
                            name: 'x_xloop_initiative'
                            element: 'initiative_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '797b203d2493450796a46ba5b4dd4ff4'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'factors'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7a046dd9c9704984b60adf8d2649eea5'
                        key: {
                            document_key: '928f602a641647e5a1846972cf750649'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7a420f9439b148ab9e83220e2f83e23f'
                        key: {
                            document_key: '76c04db25bee4256857b9b489986d64b'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7aa60edbf48f421192414939e8602993'
                        key: {
                            sys_ui_section: {
                                id: '83cbc6c9b61f40d5baf365c3f444b6ba'
                                key: {
                                    name: 'x_xloop_survey'
                                    caption: 'Survey'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7acaec1c401347e7be07f5a6d2c37622'
                        key: {
                            document_key: '3a4eb3f6b9b848509131b0c47297bc1d'
                            variable: '19280c919f132200ef4afa7dc67fcf16'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7b53bc29a26645ffab39413519174c17'
                        key: {
                            name: 'x_xloop_lock'
                            element: 'expires_at'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7b71a2e2be2c4aea823d8b54703779db'
                        key: {
                            list_id: {
                                id: 'f95e9f9e93d24e129bb42aa51a606a05'
                                key: {
                                    name: 'x_xloop_initiative'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7ca233e38e584454b45c63f84808d4cf'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'kind'
                            value: 'reopening'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d3d7980cd844aa88027067c26907d33'
                        key: {
                            document_key: '863c83b6c30e40e18fc04cdc55235786'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7dde446b2deb4be488c4a2777b92ebb0'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'kind'
                            value: 'sent'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7e417b9a8c0a417aa49e490a4b379025'
                        key: {
                            name: 'x_xloop_initiative'
                            element: 'title'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7e41ad0b908b4c0d97636701e509d5e2'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7e593f9525834df895feb0bfde59b59e'
                        key: {
                            name: 'x_xloop_initiative'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7e8549bfbf3a4a388522f5d7addc2baf'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7edc4c220c1e48e5839bd657d4ab08e1'
                        key: {
                            name: 'x_xloop_secret'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7fa7447e39714a15b4e3e4b3f97f62a0'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'request'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '80efbb384f644e1e86dafc41d5c19d1e'
                        key: {
                            name: 'x_xloop_lock'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81f83c1f7b6049a79ca5c79d6908468a'
                        key: {
                            document_key: 'a72f2fc71770421692a2648515354277'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '831a56b483b34793afc2d99b53308306'
                        key: {
                            document_key: 'a72f2fc71770421692a2648515354277'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '832a36e5305445e3b4ba06fffe39d9fe'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '83cbc6c9b61f40d5baf365c3f444b6ba'
                        key: {
                            name: 'x_xloop_survey'
                            caption: 'Survey'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8482ddd259fa4a4db20e07428baef158'
                        key: {
                            list_id: {
                                id: 'a9bfaa9612b44809b791a0e20e7c6876'
                                key: {
                                    name: 'x_xloop_response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '85d1f8ae618e4306979ead8f109d31b3'
                        key: {
                            document_key: '928f602a641647e5a1846972cf750649'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '85d7d6b1e92a4e5fa1396d33d23b9eec'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'ticket_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '86a051215a484e7c8b133578880ae245'
                        key: {
                            document_key: 'ec88a8f34d8749efa7bf0e74b5100515'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '871886c0558845168aa9cb63dab50c5f'
                        key: {
                            name: 'x_xloop_response'
                            element: 'answered_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '87dec49a3fd041e29575fbd005bdfef6'
                        key: {
                            document_key: '312cacb217ea4b39a4a68157deefb088'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '884951abc6674ead8ce1aacfd36201cd'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'sent_at'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '889548ec7f0749a58e215e19d63ffcf0'
                        key: {
                            logical_table_name: 'x_xloop_response'
                            col_name_string: 'ticket_id'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '88fbe2f2dd274368acea865957b142a9'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'state'
                            value: 'skipped'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8a1143cff6f44a4b8cf69d6e0bef31df'
                        key: {
                            document_key: '76c04db25bee4256857b9b489986d64b'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8a19e551eb334d9aa1c2a6e2fc7e0388'
                        key: {
                            sys_security_acl: '025205004ac34dab8059a4c067076d46'
                            sys_user_role: {
                                id: 'f81ff4ca120248ac9d85f76bc5521701'
                                key: {
                                    name: 'x_xloop.csi_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8d96f35567f7474593c41dcf10dfe109'
                        key: {
                            sys_security_acl: '3f76bdc532ae4367a8dfbbee8d82d821'
                            sys_user_role: {
                                id: 'd87f4c9861454389b330ad1fb9636333'
                                key: {
                                    name: 'x_xloop.experience_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8f1fd9b15e0749f8abb75a2b3651f636'
                        key: {
                            name: 'x_xloop_response'
                            element: 'requester_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8f3f6aac2fe5480587e9376c677c9a1e'
                        key: {
                            document_key: '5682a707cb8a47e98c91b9e1d59d4920'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8f4225780c3145e2a053cacdee987d98'
                        key: {
                            name: 'x_xloop_response'
                            element: 'answered_on'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8f934510629d40a6b47cf78f43b5315d'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'examined'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '901692ed53a742f9b5826bed86bf7f23'
                        key: {
                            name: 'x_xloop_initiative'
                            element: 'version'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9054a51375724aff8d5e573bb8cce3ac'
                        key: {
                            name: 'x_xloop_initiative'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '905cbf2ba5464c2fb6a9049ca4c647dd'
                        key: {
                            name: 'x_xloop_initiative'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '9179dc74115f4581830a258da646629d'
                        key: {
                            name: 'x_xloop.agent_viewer'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '91866dcad65b41858e6335a45c7b04bb'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '936465be277c4be9b8ebf941c27829de'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'body'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '957e73cdb1004310a923c5041993b0f9'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '964182cc85584739bcf598cbfc371fd6'
                        key: {
                            logical_table_name: 'x_xloop_lock'
                            col_name_string: 'name'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '969ba4bbe20b482b8f7d6432cf701d28'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'lost_time_answers'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9705f9808ead4865a8129ffc71ca42f8'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '972092712dd449e29a18f7eb8e0219ff'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'next_attempt_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '9740c592a7684ed98e05957ce5d4532b'
                        key: {
                            logical_table_name: 'x_xloop_initiative'
                            col_name_string: 'initiative_id'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '99425945bb6a48118e7c76c40735b4e2'
                        key: {
                            list_id: {
                                id: '68c9bf0ab3b94179a84b42d8082bf45a'
                                key: {
                                    name: 'x_xloop_survey'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'requester'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9a8569f50df543b1b6c55a41160de775'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'sent_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9a9649da5b5b41ad9cd1e6d402a532f5'
                        key: {
                            name: 'x_xloop_secret'
                            element: 'value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c040776ccea49b49306be9dd64c179d'
                        key: {
                            document_key: '9ea2f06e433746e6ad16d899f3e86a81'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c06cad59fc04f4b8c9325eb98f33150'
                        key: {
                            document_key: 'f3463f8987a14387b736a6d378cdc145'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c349161b5c24a72ac2a84b75df9576d'
                        key: {
                            document_key: '686a69cc61fa48e292ae74906eb81bad'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9c5f1026b2f145a49e3d801c105f9e76'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'ticket_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c656da74ca548d7a2c3ed37feae7fd7'
                        key: {
                            document_key: 'ec88a8f34d8749efa7bf0e74b5100515'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9cc91132c86b4f97a85c66df4defc8d0'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: 'df43d89037db4defab24463a79476a74'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9ccd72fb7b2a4df893bec147d8e292f0'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'keys'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '9d604057adac45dd8aa63201d77fdc34'
                        key: {
                            name: 'x_xloop_survey'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9da52f4a1bdd45a3810d7bad1914e486'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'sent'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9e3c3e5126d540b796d2c4cf57b3ca12'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'state'
                            value: 'running'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '9e8068e615724d4b95012b76f8ed9fac'
                        key: {
                            name: 'x_xloop_rollup'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '9e9386358c96485890e7fd7b0ea0bd03'
                        key: {
                            name: 'x_xloop_response'
                            caption: 'Response'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '9f2079dc569243a880cd981e0d1c4b67'
                        key: {
                            logical_table_name: 'x_xloop_rollup_change'
                            col_name_string: 'change_id'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'a02dafae9e354d55bd480e73a631a48d'
                        key: {
                            logical_table_name: 'x_xloop_survey'
                            col_name_string: 'resolved_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a0e65c820b824bb6b6b8b4402e579da7'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a11f09b65d0640a1b42885c3c9b79661'
                        key: {
                            sys_ui_section: {
                                id: '9e9386358c96485890e7fd7b0ea0bd03'
                                key: {
                                    name: 'x_xloop_response'
                                    caption: 'Response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'score'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a191cc9484204fe9a75dc3f731e3bbf9'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'state'
                            value: 'new'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2114b1373a44309af0f740681377a3c'
                        key: {
                            document_key: 'e315222b14ff495f851eef5c5905d3ff'
                            variable: '416784919f132200ef4afa7dc67fcff4'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: 'a212823a9cbc4d74a2ec65260bcd38cd'
                        key: {
                            endpoint: 'x_xloop_diagnostics.do'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2c2a1976a31425c8dc11e3e44c453e6'
                        key: {
                            document_key: 'a766cf0fa26046b39bca3436448a935e'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'a31d7b7979ce4b2a94d3550b8e1823d6'
                        key: {
                            name: 'x_xloop_ticket_event'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a34dd41671b049f39a1f692a42e90a07'
                        key: {
                            document_key: 'f6294d2760b748e6821990478538c9a4'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a36db4b2d12944679cf8b41ecdeee81e'
                        key: {
                            name: 'x_xloop_response'
                            element: 'answered_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a3e2ad9e3a63449abad47189a1ef9a6b'
                        key: {
                            document_key: '5792876a5a89487b921d523f1e19a342'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a500ed8fe4184a288b5e34035e714d8c'
                        key: {
                            sys_security_acl: '08d948708fa54579ba260e17f23d9ba8'
                            sys_user_role: {
                                id: 'd87f4c9861454389b330ad1fb9636333'
                                key: {
                                    name: 'x_xloop.experience_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a50a71b2331c407ab044ed72751a50cc'
                        key: {
                            document_key: '5682a707cb8a47e98c91b9e1d59d4920'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a5c48c119b6a42d6ab2e7feee6b4d129'
                        key: {
                            name: 'x_xloop_response'
                            element: 'lost_time_minutes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a5d7184293d14b9697f5cb1cafbd2f63'
                        key: {
                            sys_security_acl: 'ac6bd06a156b48dbaa6f7e026ab82b31'
                            sys_user_role: {
                                id: 'f81ff4ca120248ac9d85f76bc5521701'
                                key: {
                                    name: 'x_xloop.csi_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'a5d906132a974e96a8f0b7c37ee46792'
                        key: {
                            logical_table_name: 'x_xloop_response'
                            col_name_string: 'ticket'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a5e4e5104ecb4b928e8e7cdcbd2aafd9'
                        key: {
                            sys_ui_section: {
                                id: '83cbc6c9b61f40d5baf365c3f444b6ba'
                                key: {
                                    name: 'x_xloop_survey'
                                    caption: 'Survey'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'resolved_on'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a63e56116ccf481d835ed60e7ec61e27'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a6a7e485a6374c82949c4ce84eb20da1'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's10'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a6e20a34fd5641618cd01ffa0267d9a9'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a706c0df0ace415b943eaff7e6827313'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'due_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a71e21e33e0441aca36d91eade71422e'
                        key: {
                            document_key: '5792876a5a89487b921d523f1e19a342'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'a783140908e5473fb7715c3bb079f43f'
                        key: {
                            sys_ui_form: {
                                id: '9d604057adac45dd8aa63201d77fdc34'
                                key: {
                                    name: 'x_xloop_survey'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '83cbc6c9b61f40d5baf365c3f444b6ba'
                                key: {
                                    name: 'x_xloop_survey'
                                    caption: 'Survey'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a82d3d98f0c1477a804debf62349c731'
                        key: {
                            document_key: '3a4eb3f6b9b848509131b0c47297bc1d'
                            variable: 'cd4744919f132200ef4afa7dc67fcf6e'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'a8a50012f8134b1fa5da2ddfc2f0fd5d'
                        key: {
                            sys_ui_action: 'e0ae5e830e0a4edca371c8cfabd6327d'
                            sys_user_role: {
                                id: '9179dc74115f4581830a258da646629d'
                                key: {
                                    name: 'x_xloop.agent_viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a8f4a78110f04ac7868346d7af75d668'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'requester_id'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'a9bfaa9612b44809b791a0e20e7c6876'
                        key: {
                            name: 'x_xloop_response'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'aa82a71a3f6846419ea03a2795234f47'
                        key: {
                            logical_table_name: 'x_xloop_preview_run'
                            col_name_string: 'run_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ac388d99c64744eeb357a674203c9149'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ac71e1dfd99942cc8f156154ab5db391'
                        key: {
                            document_key: '76c04db25bee4256857b9b489986d64b'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ac8cc8b490934587aff2feb994c667ca'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'acc5a62dd6ab4e50a05be8743752ddc7'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'survey_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ad2482620c7c475b99ec7387440cb5bb'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ae53df5bb12b4c798c86e2d951a089cf'
                        key: {
                            name: 'x_xloop_initiative'
                            element: 'body'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'aed4f29f57974b2990d971159d7c6482'
                        key: {
                            sys_security_acl: '7cb41937eef84f61b4ba966fee7cd458'
                            sys_user_role: {
                                id: 'd87f4c9861454389b330ad1fb9636333'
                                key: {
                                    name: 'x_xloop.experience_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'af19bf2781514708bab01b76e503dd18'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'sent'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'af3d020c8b47406abe13c902189d57de'
                        key: {
                            name: 'x_xloop_lock'
                            element: 'holder'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'af5eda474dbf4fe4bffe92edaec75387'
                        key: {
                            name: 'x_xloop_response'
                            element: 'has_comment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'af65fa762ff443aa8504d1858d5199d8'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b00a4a6078c04642acfa802b3fa27cc6'
                        key: {
                            name: 'x_xloop_response'
                            element: 'lost_time_minutes'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'b15c55091e194a8591f5c42062646cbb'
                        key: {
                            logical_table_name: 'x_xloop_survey'
                            col_name_string: 'ticket_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b1afcbf2005c4cfcbf2eed1338a8d3a6'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b22d8d9c3ba64775b2b27ebad7cceb47'
                        key: {
                            name: 'x_xloop_response'
                            element: 'survey_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b231ec7f74fb463a8b09118f2cc533d1'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'state'
                            value: 'queued'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b2363801ad154f088586fc5b1703188c'
                        key: {
                            sys_ui_section: {
                                id: '9e9386358c96485890e7fd7b0ea0bd03'
                                key: {
                                    name: 'x_xloop_response'
                                    caption: 'Response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ticket'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b3d5adcf79bc434a846a9d61269917a3'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b3e6c0d43961412ea9226bb768f6cd0b'
                        key: {
                            sys_ui_section: {
                                id: '9e9386358c96485890e7fd7b0ea0bd03'
                                key: {
                                    name: 'x_xloop_response'
                                    caption: 'Response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'requester'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b40d6e9e32d146078c4d030c1c421021'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b42bb92ca1144e75921d86766700d521'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'record'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b48465d6aa904c9295f3569c87f9c0f9'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'examined'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b54c1dff85e04e3c83a990a4afbb22c4'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'day'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b71c17ab999f417a8fd8ef8eb5756f5e'
                        key: {
                            list_id: {
                                id: 'f95e9f9e93d24e129bb42aa51a606a05'
                                key: {
                                    name: 'x_xloop_initiative'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'title'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b7218739a62e499b99443f937673024d'
                        key: {
                            document_key: '5792876a5a89487b921d523f1e19a342'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b829c75679bb4ee1bcf61377ab791290'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'state'
                            value: 'done'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b8bbdee35eae40ce91471de774e22994'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'result'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b8cf62f0ea1f44cabf3ad07742f965f5'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'request'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'baa0d51747c043e780eadb8b5127e930'
                        key: {
                            document_key: '5792876a5a89487b921d523f1e19a342'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bad806e8b57840abad84e4105b41fa7e'
                        key: {
                            sys_security_acl: 'aa27eaa0ddc447218e110457070cb4a4'
                            sys_user_role: {
                                id: 'f81ff4ca120248ac9d85f76bc5521701'
                                key: {
                                    name: 'x_xloop.csi_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bb1c884c570443139d9bcbd0f80a8fc3'
                        key: {
                            list_id: {
                                id: 'a9bfaa9612b44809b791a0e20e7c6876'
                                key: {
                                    name: 'x_xloop_response'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'score'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bc4e3f08fa794cb59eef7a6790a74866'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'segment_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bcb8614688264b288001cdd7d2080283'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'kind'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bcc3720c479548009c7c5c9bb0aedeb0'
                        key: {
                            name: 'x_xloop_initiative'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bccf274d9f8c481184e6ddd7c3c88f8b'
                        key: {
                            sys_security_acl: 'c0f393aac34f48a282eb525f5a4899a5'
                            sys_user_role: {
                                id: '9179dc74115f4581830a258da646629d'
                                key: {
                                    name: 'x_xloop.agent_viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bcff23064a5d401e85b8d346019cab18'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'state'
                            value: 'reminded'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bd083ffeaa964fb2baaf8b9e0ceda35e'
                        key: {
                            document_key: 'a540f826234843e8a5083caf25b53ae7'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'beb8ae0caac94e5bb024b0982cc37543'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'factors'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf0d0154fe994fef9dd10f09814e8a01'
                        key: {
                            document_key: 'f6294d2760b748e6821990478538c9a4'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bf72c98acf94459b8ca19ef74474a0e8'
                        key: {
                            document_key: '8355b3d68bd74cb4bbe1d5c70a1f405b'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'c2ab565bace0471892cc1d0420097f57'
                        key: {
                            name: 'x_xloop_initiative'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c39734254956482c86fb6d7182d2fad9'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'mark_key'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c39da5eb06134a70a1c9f3b406650b61'
                        key: {
                            name: 'x_xloop_lock'
                            element: 'expires_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c3a3e210f48b4a9285e7b93aeafa9af2'
                        key: {
                            name: 'x_xloop_initiative'
                            element: 'external_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'c3ccd16c9aa44dfe81bd2866714f392f'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '8355b3d68bd74cb4bbe1d5c70a1f405b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c451ab36f7dd4d6b87cf5acad69ce53f'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'send_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c48184be923a4a2a82741a3d49be88ad'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c51e6a3e53344e95896c53b23215f5b8'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5cdbb7e6f77469ca83d5b359e0e9d12'
                        key: {
                            document_key: 'df43d89037db4defab24463a79476a74'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c67afb3d617441e6ae69232a25168521'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's6'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: 'c7fdaf3acdec4d43bdd6c2888430b573'
                        key: {
                            endpoint: 'x_xloop_settings.do'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c81ad7ceb8f54c37a5ee80c6e829c773'
                        key: {
                            sys_security_acl: 'e02d600da8f24c629a0fd2aaafd5feb2'
                            sys_user_role: {
                                id: 'd87f4c9861454389b330ad1fb9636333'
                                key: {
                                    name: 'x_xloop.experience_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cb807d64d3404dd087014030a4acffd4'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'kind'
                            value: 'suppression'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cbe3a55e64b140a79562929820c1982f'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'survey_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cc2dde9dec8d4803a98f89c833c80934'
                        key: {
                            document_key: '928f602a641647e5a1846972cf750649'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cc6c7dc7f7ea43209e6c727f6e9daefd'
                        key: {
                            name: 'x_xloop_response'
                            element: 'answered_day'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ccf48f40943743a08e8e2350dc6c8818'
                        key: {
                            document_key: '9ea2f06e433746e6ad16d899f3e86a81'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cd52009e566e4da49354b3d4ed909105'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cdd3cb55db9e474e9aad9f2337460efb'
                        key: {
                            document_key: '5682a707cb8a47e98c91b9e1d59d4920'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce303b3f396849f586dae5e65bead303'
                        key: {
                            document_key: '8355b3d68bd74cb4bbe1d5c70a1f405b'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cee518af67a0414395fc2398e171c6f6'
                        key: {
                            name: 'x_xloop_lock'
                            element: 'holder'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: 'cf99dc8cda054738bfc0e9dd5d4b3aef'
                        key: {
                            web_service_operation: '7771fdc6ba6b4ead95e4a8b0a779be4b'
                            web_service_query_parameter: '87eb6bf93f0e475f90be18830355d39a'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: 'd0176530788d41b7986b60def0c13c10'
                        key: {
                            endpoint: 'x_xloop_csi_board.do'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd0c21216e3f8416c993bea8af5ad24c3'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'requested_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd21e4d46d5164286abcf3f69b8db7c7b'
                        key: {
                            document_key: 'a72f2fc71770421692a2648515354277'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd266c9dfcc554d05939d0188b5b0795d'
                        key: {
                            field: 'script'
                            table: 'var__m_atf_input_variable_41de4a935332120028bc29cac2dc349a'
                            id: '312cacb217ea4b39a4a68157deefb088'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd35bed9b81574565afd8b7ae919e34af'
                        key: {
                            name: 'x_xloop_response'
                            element: 'has_comment'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd3afa72489d04826888f1726f62f2e95'
                        key: {
                            sys_security_acl: '2520e4ba817943aabd058cabf2526896'
                            sys_user_role: {
                                id: '9179dc74115f4581830a258da646629d'
                                key: {
                                    name: 'x_xloop.agent_viewer'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'd44909db367e4d0c93033093c305db07'
                        key: {
                            logical_table_name: 'x_xloop_response'
                            col_name_string: 'requester_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd5a278256df24a808318f9d97aa341ba'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'delta'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd5b93eb8712f4973b7d366408c0ca06e'
                        key: {
                            name: 'x_xloop_lock'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd6a55a5578e64d20813b4d460bda2e49'
                        key: {
                            document_key: 'a72f2fc71770421692a2648515354277'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd733f4fb9342453e8cc7cacb049293a0'
                        key: {
                            sys_ui_section: {
                                id: '83cbc6c9b61f40d5baf365c3f444b6ba'
                                key: {
                                    name: 'x_xloop_survey'
                                    caption: 'Survey'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'requester'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd84af031e2694c30870cd53992dd2cc0'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd86ee69ba66b4fb484413f91ea033140'
                        key: {
                            document_key: '76c04db25bee4256857b9b489986d64b'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'd87f4c9861454389b330ad1fb9636333'
                        key: {
                            name: 'x_xloop.experience_admin'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd8c79fe323d3429394be5d48fc457df2'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'ticket_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd9aef109750d40df81765e8c661afe82'
                        key: {
                            sys_security_acl: '1d152c0a47b54fd1ac4ac60051c32a48'
                            sys_user_role: {
                                id: 'd87f4c9861454389b330ad1fb9636333'
                                key: {
                                    name: 'x_xloop.experience_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db6c8c207c974e75bf46b33f9bbc5d12'
                        key: {
                            document_key: '9ea2f06e433746e6ad16d899f3e86a81'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc5989941104408c8e7c4dd51142217f'
                        key: {
                            document_key: '76c04db25bee4256857b9b489986d64b'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dcf1473930b44b0cb973f9f3989132cc'
                        key: {
                            document_key: 'f539123f4b78445394d083c703316ebc'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'dd10d9b714694a28933325089e003072'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'de56f4eaaa1648cea8ed9f8ebc2060c0'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'ticket_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dfc94a926668477fb02e93189b5f0cca'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's7'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e05b1b802ada43e0ba35116db257799e'
                        key: {
                            document_key: 'a766cf0fa26046b39bca3436448a935e'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'e0fbd8b0a9134fd19afca81b49b6d04a'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'event_type'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'e1ee63cbe5644f6792733290a9fa527c'
                        key: {
                            logical_table_name: 'x_xloop_survey'
                            col_name_string: 'ticket'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e1f71b8306f14bfe9aed5c2421a46b87'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'next_attempt_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e23c957c11f042c1880c749cf603e4c3'
                        key: {
                            name: 'x_xloop_initiative'
                            element: 'initiative_id'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'e293449c5dd44b11a678cb4d45044f84'
                        key: {
                            logical_table_name: 'x_xloop_survey'
                            col_name_string: 'requester_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e336a273b80941f995bb089ca898f14e'
                        key: {
                            name: 'x_xloop_response'
                            element: 'score'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e41ddbc1c2ac4a34b744191c8953747f'
                        key: {
                            name: 'x_xloop_secret'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e4b057cfe6654476ba77579c88d1def4'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'ticket'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e4dd480564714053b3baf5b92f87d53b'
                        key: {
                            name: 'x_xloop_response'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e56ce70cdf0d41a7aa15b15e2ce5d50f'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'percent'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e6538c4e323842169365173e9739ffc0'
                        key: {
                            name: 'x_xloop_initiative'
                            element: 'body'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e67507b5067e420298f731e41797f14e'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'requester_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e67745b69298435aaceca1565ed51a53'
                        key: {
                            document_key: 'e315222b14ff495f851eef5c5905d3ff'
                            variable: 'cd4744919f132200ef4afa7dc67fcf6e'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e6afe73cbb654c16a1ba816140b7ebdf'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'lost_time_minutes_squared'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e7169a645672486082dee34ce8b4f1e6'
                        key: {
                            document_key: 'f6294d2760b748e6821990478538c9a4'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e7a375776a094dd88557ef49d2a6c9ae'
                        key: {
                            document_key: '192a16d69aa64e409a6115c68af6d143'
                            variable: '13a08fa0c3033300eaac11fe81d3aecf'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'e7d9fb0bfdcc4eaa83fb8cf6418d80b1'
                        key: {
                            name: 'x_xloop_rollup_change'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'e81ac6d87aca4533ac433b956539f765'
                        key: {
                            name: 'x_xloop_response'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e833c588847d45c9b9777f0ac89d1b4b'
                        key: {
                            name: 'x_xloop_response'
                            element: 'answered_day'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e83c245c86854b5e94dec7960dba3422'
                        key: {
                            name: 'x_xloop_response'
                            element: 'body'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e83dfd008e4f479d8fd3c9ef8eae02df'
                        key: {
                            sys_ui_section: {
                                id: '83cbc6c9b61f40d5baf365c3f444b6ba'
                                key: {
                                    name: 'x_xloop_survey'
                                    caption: 'Survey'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'e8b4a667c64c47cea6fecaab60ab7d63'
                        key: {
                            name: 'x_xloop_preview_run'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'e9fafdcddf4b41679fd8aeb8f8bc3e4d'
                        key: {
                            name: 'x_xloop_mark'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea63ed1f3e124f289dd4f4cddfdf7e9b'
                        key: {
                            document_key: '9ea2f06e433746e6ad16d899f3e86a81'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ea6ae4d2b54349e9b4f398fa515668f5'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'state'
                            value: 'done'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea8ecb386e194379b401e36a73659b72'
                        key: {
                            document_key: '5682a707cb8a47e98c91b9e1d59d4920'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eab5e200f0d24807925ebc7ad9099ceb'
                        key: {
                            document_key: 'f539123f4b78445394d083c703316ebc'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'ead5041d6d444c67a292c45a04e6a029'
                        key: {
                            logical_table_name: 'x_xloop_secret'
                            col_name_string: 'name'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'eb33ed6be8bb4562ac9ac32d72bde4ef'
                        key: {
                            sys_security_acl: '9b601992d44c4c7ea09151e88b28b1e5'
                            sys_user_role: {
                                id: 'f81ff4ca120248ac9d85f76bc5521701'
                                key: {
                                    name: 'x_xloop.csi_manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb87b773cbf84ff5bf1157e224d4b6d0'
                        key: {
                            document_key: '928f602a641647e5a1846972cf750649'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ebc05f426d714d09b83e3e62e140b60a'
                        key: {
                            document_key: 'a72f2fc71770421692a2648515354277'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ececff93ea9447dca60bd4554d359c2d'
                        key: {
                            sys_security_acl: 'b928b378af9c4f76963f0a8af4c13175'
                            sys_user_role: {
                                id: 'd87f4c9861454389b330ad1fb9636333'
                                key: {
                                    name: 'x_xloop.experience_admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ed0e03b738e841a1a620f5eab7d9291f'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'requester'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: 'ee36ddb25ec34502a17bd1bb8443f77f'
                        key: {
                            endpoint: 'x_xloop_ticket_experience.do'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ee54209f6b5244c69a521ee245d32b7e'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'ef219bf90998454cb25b727ca59e9e8c'
                        key: {
                            name: 'x_xloop_secret'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ef45759c3a154b0a9304279ba1f31bef'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's10'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f051eb714a414da5875be53fa1850a7b'
                        key: {
                            document_key: 'a72f2fc71770421692a2648515354277'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f0fce842fb1b48cf966b645ef08a2bfd'
                        key: {
                            name: 'x_xloop_rollup_change'
                            element: 'logged_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f10ba5a70ca748e8b4a1f89a95438aee'
                        key: {
                            name: 'x_xloop_response'
                            element: 'happiness'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f127b487be7a45ada9b229933f3c369f'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'run_id'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f132c22a86904298bcd8e0a951483b6a'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f17acc1304774e28b70323028d06c47f'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'ticket_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f17f2c6304db4651ae4decc6e9e3e394'
                        key: {
                            document_key: '76c04db25bee4256857b9b489986d64b'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f22cee38f40546c69a0673a8cc6a413f'
                        key: {
                            name: 'x_xloop_response'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f329e5dea4a54fb3bf5e3cd9659b6bd2'
                        key: {
                            name: 'x_xloop_ticket_event'
                            element: 'event_type'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f4a0d3ef9b9149cc82f240811f3178c8'
                        key: {
                            document_key: 'e315222b14ff495f851eef5c5905d3ff'
                            variable: '19280c919f132200ef4afa7dc67fcf16'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'f4c278d97e2640cc8bee9b0925680744'
                        key: {
                            name: 'x_xloop_secret'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f56d812eab644017adc80e414bf7b647'
                        key: {
                            sys_ui_section: {
                                id: '83cbc6c9b61f40d5baf365c3f444b6ba'
                                key: {
                                    name: 'x_xloop_survey'
                                    caption: 'Survey'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ticket'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f5860837a64147dab37bdf15aea84e88'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's5'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f6093ce7fdef498ba38b0fab652e56ec'
                        key: {
                            name: 'x_xloop_response'
                            element: 'day'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f61550f7daae4de4b5f6ec3557578a22'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'percent'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'f6287a73434c4706a4d465ece3d18807'
                        key: {
                            logical_table_name: 'x_xloop_response'
                            col_name_string: 'has_comment,day'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f6608a29e2954a8bb3f8140ebde451bd'
                        key: {
                            name: 'x_xloop_secret'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f771debabc5e4b5fa99132e7e5e2a811'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 's4'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'f81ff4ca120248ac9d85f76bc5521701'
                        key: {
                            name: 'x_xloop.csi_manager'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f83e6348549749c2acada618f78f6e3d'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'segment_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f8735a569e8a4ed88954edcbe7880bb9'
                        key: {
                            name: 'x_xloop_initiative'
                            element: 'external_key'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'f9268f60520e4fed8c5c0b35d28ba804'
                        key: {
                            logical_table_name: 'x_xloop_mark'
                            col_name_string: 'kind,requester_id'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'f95e9f9e93d24e129bb42aa51a606a05'
                        key: {
                            name: 'x_xloop_initiative'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f995c69632724b2499d69441eb0aaaa2'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'state'
                            value: 'cancelled'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb4f4db4bcb54ab2a79b0dd9f6e87069'
                        key: {
                            document_key: 'df43d89037db4defab24463a79476a74'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fc9556120b454fa98fc05cedf199705b'
                        key: {
                            name: 'x_xloop_response'
                            element: 'ticket_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'fcb1b32601a4464c9dead5c88fecc7c8'
                        key: {
                            logical_table_name: 'x_xloop_mark'
                            col_name_string: 'kind,ticket_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fcb3cc3a76bf420eaaaf60b49e66b029'
                        key: {
                            name: 'x_xloop_mark'
                            element: 'at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fcba8547e45e4ca1bdc90c405e06167b'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'resolved_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fdb784b05002449ea863f277ebbabce3'
                        key: {
                            name: 'x_xloop_survey'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fddf3658134f490fb62423f4fb5e8d29'
                        key: {
                            name: 'x_xloop_preview_run'
                            element: 'error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'feadb6cc922a42f2b28aaaab715ba999'
                        key: {
                            name: 'x_xloop_response'
                            element: 'pending'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'ff68f7012f144316ae816424100ad317'
                        key: {
                            logical_table_name: 'x_xloop_response'
                            col_name_string: 'survey_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fffa3087baf0483a8d0e309da85bf4b1'
                        key: {
                            name: 'x_xloop_rollup'
                            element: 'answered'
                            language: 'en'
                        }
                    },
                ]
            }
        }
    }
}
