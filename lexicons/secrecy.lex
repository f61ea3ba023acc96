# 保密标志（保密关）：涉密信息不得上网，草稿退回，留言上报。
@category secrecy
@draft    returned
@comment  escalate
@severity high
@article  第四条
@message  含保密标志“{term}”，涉密信息不得公开发布（保密关）
@comment_message 留言含保密标志“{term}”，可能涉及泄密，须上报请示

绝密
机密
秘密★
秘密级
内部资料
不得外传
内部文件
内部传阅
严禁外传
请勿外传
禁止外传
内部材料
内部使用
注意保密
涉密

# 允许词：声明不涉密的字面
!非涉密
!不涉密
!无涉密
!未涉密
!不属于涉密
